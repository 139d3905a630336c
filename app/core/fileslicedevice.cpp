#include "fileslicedevice.h"

#include <QCoreApplication>

namespace sucai::core {

FileSliceDevice::FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{}

FileSliceDevice::~FileSliceDevice() = default;

bool FileSliceDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || m_offset < 0 || m_length < 0) {
        setErrorString(QCoreApplication::translate("sucai::core::FileSliceDevice",
                                                   "A file slice can only be read."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(QCoreApplication::translate("sucai::core::FileSliceDevice",
                                                   "The file is shorter than expected: it changed "
                                                   "while being uploaded."));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    m_hashedUpTo = 0;
    m_md5.reset();
    m_crc.reset();
    return QIODevice::open(ReadOnly | (mode & Unbuffered));
}

void FileSliceDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    if (pos == 0) {
        m_hashedUpTo = 0;
        m_md5.reset();
        m_crc.reset();
    }
    return QIODevice::seek(pos);
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 pos = m_file.pos() - m_offset;
    qint64 n = qMin(maxSize, m_length - pos);
    if (n <= 0)
        return pos >= m_length ? -1 : 0;
    if (m_gate) {
        n = m_gate(n);
        if (n <= 0)
            return 0;
    }
    const qint64 got = m_file.read(data, n);
    if (got < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    if (got == 0)
        return -1; // the file shrank under us
    if (pos == m_hashedUpTo) {
        const QByteArrayView view(data, got);
        m_md5.addData(view);
        m_crc.update(view);
        m_hashedUpTo += got;
    }
    return got;
}

QByteArray FileSliceDevice::md5() const
{
    return m_md5.result();
}

} // namespace sucai::core
