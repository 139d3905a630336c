#include "fakes3server.h"

#include "cloud/httpdate.h"
#include "cloud/sigv4signer.h"
#include "cloud/uriencode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QtEndian>

#include <zlib.h>

namespace sucai::test {

bool decodeAwsChunked(const QByteArray &body, QByteArray &payload,
                      QList<QPair<QByteArray, QByteArray>> &trailers, QString &error)
{
    payload.clear();
    trailers.clear();
    qsizetype at = 0;
    for (;;) {
        const qsizetype eol = body.indexOf("\r\n", at);
        if (eol < 0) {
            error = QStringLiteral("chunk header without CRLF at byte %1").arg(at);
            return false;
        }
        const QByteArray sizeField = body.mid(at, eol - at);
        bool ok = false;
        const qint64 size = sizeField.toLongLong(&ok, 16);
        if (!ok || size < 0 || sizeField.contains(';')) {
            error = QStringLiteral("bad chunk size '%1'").arg(QString::fromLatin1(sizeField));
            return false;
        }
        at = eol + 2;
        if (size == 0)
            break;
        if (at + size + 2 > body.size() || body.mid(at + size, 2) != "\r\n") {
            error = QStringLiteral("chunk of %1 bytes at %2 is cut short or lacks its CRLF")
                        .arg(size)
                        .arg(at);
            return false;
        }
        payload.append(body.constData() + at, size);
        at += size + 2;
    }
    for (;;) {
        const qsizetype eol = body.indexOf("\r\n", at);
        if (eol < 0) {
            error = QStringLiteral("trailer section does not end with an empty line");
            return false;
        }
        const QByteArray line = body.mid(at, eol - at);
        at = eol + 2;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            error = QStringLiteral("bad trailer line '%1'").arg(QString::fromLatin1(line));
            return false;
        }
        trailers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (at != body.size()) {
        error = QStringLiteral("%1 bytes after the end of the chunks").arg(body.size() - at);
        return false;
    }
    return true;
}

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool isHex(const QByteArray &s)
{
    for (const char c : s) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return !s.isEmpty();
}

// "Credential=AK/scope, SignedHeaders=a;b, Signature=hex" → the value of `field`.
QByteArray authField(const QByteArray &authorization, const QByteArray &field)
{
    const QByteArray key = field + '=';
    qsizetype at = authorization.indexOf(QByteArray(' ' + key));
    if (at < 0)
        return {};
    at += key.size() + 1;
    const qsizetype end = authorization.indexOf(',', at);
    return authorization.mid(at, end < 0 ? -1 : end - at).trimmed();
}

QString describe(const ReceivedRequest &r)
{
    return QString::fromLatin1(r.method + ' ' + r.target);
}

} // namespace

// --- FakeResponse -------------------------------------------------------------------------------

FakeResponse &FakeResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse FakeResponse::ok(const QByteArray &body)
{
    FakeResponse r;
    r.body = body;
    if (!body.isEmpty())
        r.header("Content-Type", "application/xml");
    return r;
}

FakeResponse FakeResponse::withStatus(int status)
{
    FakeResponse r;
    r.status = status;
    return r;
}

FakeResponse FakeResponse::s3Error(int status, const QByteArray &code, const QByteArray &message,
                                   const QByteArray &requestIdInBody)
{
    FakeResponse r;
    r.status = status;
    r.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code +
             "</Code><Message>" +
             QString::fromUtf8(message.isEmpty() ? QByteArray("Fake error ") + code : message)
                 .toHtmlEscaped()
                 .toUtf8() +
             "</Message>";
    if (!requestIdInBody.isEmpty())
        r.body += "<RequestId>" + requestIdInBody + "</RequestId>";
    r.body += "</Error>";
    r.header("Content-Type", "application/xml");
    return r;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse r;
    r.hang = true;
    return r;
}

// --- ReceivedRequest ----------------------------------------------------------------------------

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool ReceivedRequest::hasHeader(const QByteArray &name) const
{
    return headerCount(name) > 0;
}

int ReceivedRequest::headerCount(const QByteArray &name) const
{
    int n = 0;
    for (const auto &kv : headers)
        n += kv.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

bool ReceivedRequest::hasQuery(const QByteArray &name) const
{
    for (const auto &kv : query) {
        if (kv.first == name)
            return true;
    }
    return false;
}

QByteArray ReceivedRequest::queryValue(const QByteArray &name) const
{
    for (const auto &[k, v] : query) {
        if (k == name)
            return v;
    }
    return {};
}

QByteArray ReceivedRequest::trailer(const QByteArray &name) const
{
    for (const auto &[k, v] : trailers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v.isNull() ? QByteArray("") : v;
    }
    return {};
}

// --- FakeS3Server -------------------------------------------------------------------------------

struct FakeS3Server::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    int serial = 0;
    bool busy = false; // a request is being answered (or deliberately left unanswered)
};

FakeS3Server::FakeS3Server(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeS3Server::onNewConnection);
}

FakeS3Server::~FakeS3Server()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.value();
    }
    m_connections.clear();
}

bool FakeS3Server::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

quint16 FakeS3Server::port() const
{
    return m_server->serverPort();
}

QByteArray FakeS3Server::hostHeader() const
{
    const QHostAddress a = m_server->serverAddress();
    const QByteArray host = a.protocol() == QAbstractSocket::IPv6Protocol
                                ? '[' + a.toString().toLatin1() + ']'
                                : a.toString().toLatin1();
    return host + ':' + QByteArray::number(port());
}

QUrl FakeS3Server::baseUrl() const
{
    return QUrl(QStringLiteral("http://") + QString::fromLatin1(hostHeader()));
}

void FakeS3Server::expectSigV4(const QByteArray &accessKeyId, const QByteArray &secretAccessKey,
                               const QByteArray &region)
{
    m_accessKeyId = accessKeyId;
    m_secretAccessKey = secretAccessKey;
    m_region = region;
}

void FakeS3Server::enqueue(const FakeResponse &response)
{
    m_queue.push_back(response);
}

void FakeS3Server::setFallback(const FakeResponse &response)
{
    m_fallback = response;
}

void FakeS3Server::violation(const QString &what)
{
    m_violations << what;
}

void FakeS3Server::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = socket;
        c->serial = ++m_connectionSerial;
        m_connections.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
            Q_EMIT connectionClosed();
        });
    }
}

void FakeS3Server::onReadyRead(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    const QByteArray data = socket->readAll();
    if (c->busy && !data.isEmpty()) {
        violation(QStringLiteral("connection %1: a request was sent before the previous one was "
                                 "answered (pipelining)")
                      .arg(c->serial));
    }
    c->buffer.append(data);
    processBuffer(socket);
}

void FakeS3Server::processBuffer(QTcpSocket *socket)
{
    // Looked up on every round: a test slot run from requestReceived may end the connection.
    while (Connection *conn = m_connections.value(socket)) {
        Connection &c = *conn;
        if (c.busy)
            return;
        const qsizetype headEnd = c.buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (c.buffer.size() > kMaxHead) {
                violation(QStringLiteral("request head larger than 64 KiB"));
                c.socket->abort();
            }
            return;
        }
        const QList<QByteArray> lines = c.buffer.left(headEnd).split('\n');
        ReceivedRequest req;
        req.connection = c.serial;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || requestLine.at(2) != "HTTP/1.1") {
            violation(QStringLiteral("malformed request line: %1")
                          .arg(QString::fromLatin1(lines.value(0).left(200))));
            c.socket->abort();
            return;
        }
        req.method = requestLine.at(0);
        req.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line =
                lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
                violation(QStringLiteral("malformed header line: %1")
                              .arg(QString::fromLatin1(line.left(200))));
                continue;
            }
            req.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        if (req.hasHeader("Transfer-Encoding")) {
            violation(
                QStringLiteral("%1: body sent with Transfer-Encoding: %2 (S3 wants a "
                               "Content-Length)")
                    .arg(describe(req), QString::fromLatin1(req.header("Transfer-Encoding"))));
            c.busy = true;
            c.socket->write("HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\nConnection: "
                            "close\r\n\r\n");
            c.socket->disconnectFromHost();
            return;
        }
        qint64 length = 0;
        if (req.hasHeader("Content-Length")) {
            bool ok = false;
            length = req.header("Content-Length").toLongLong(&ok);
            if (!ok || length < 0) {
                violation(QStringLiteral("%1: bad Content-Length").arg(describe(req)));
                c.socket->abort();
                return;
            }
        } else if (req.method == "PUT" || req.method == "POST") {
            violation(QStringLiteral("%1: no Content-Length").arg(describe(req)));
        }
        if (c.buffer.size() < headEnd + 4 + length)
            return; // the rest of the body is still on its way
        req.body = c.buffer.mid(headEnd + 4, length);
        c.buffer.remove(0, headEnd + 4 + length);

        const qsizetype q = req.target.indexOf('?');
        req.path = QByteArray::fromPercentEncoding(req.target.left(q < 0 ? req.target.size() : q));
        if (q >= 0) {
            for (const QByteArray &item : req.target.mid(q + 1).split('&')) {
                if (item.isEmpty())
                    continue;
                const qsizetype eq = item.indexOf('=');
                req.query.append(
                    {QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq)),
                     eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(eq + 1))});
            }
        }
        req.receivedMs = m_clock.elapsed();
        handleRequest(c, std::move(req));
    }
}

void FakeS3Server::handleRequest(Connection &c, ReceivedRequest req)
{
    c.busy = true;
    const int index = int(m_requests.size());
    const bool headOnly = req.method == "HEAD";
    req.payload = req.body;
    if (req.header("x-amz-content-sha256") == "STREAMING-UNSIGNED-PAYLOAD-TRAILER") {
        QString why;
        if (!decodeAwsChunked(req.body, req.payload, req.trailers, why))
            violation(QStringLiteral("request %1 (%2): aws-chunked body: %3")
                          .arg(index)
                          .arg(describe(req), why));
    }
    checkRequest(req, index);
    m_requests.append(req);
    QPointer<QTcpSocket> socket = c.socket;
    Q_EMIT requestReceived(index);
    if (!socket || !m_connections.contains(socket.data()))
        return; // the client went away while a test slot ran

    FakeResponse r;
    if (m_queue.empty() && m_fallback) {
        r = *m_fallback;
    } else if (m_queue.empty()) {
        violation(
            QStringLiteral("request %1 (%2): no response queued").arg(index).arg(describe(req)));
        r = FakeResponse::s3Error(400, "FakeServerNoResponseQueued");
    } else {
        r = m_queue.front();
        m_queue.pop_front();
    }
    send(socket, index, r, headOnly);
}

void FakeS3Server::send(QTcpSocket *socket, int index, const FakeResponse &r, bool headOnly)
{
    if (r.hang)
        return;
    if (r.closeWithoutAnswer) {
        socket->disconnectFromHost();
        return;
    }
    if (r.delayMs > 0) {
        FakeResponse now = r;
        now.delayMs = 0;
        QTimer::singleShot(r.delayMs, socket, [this, socket, index, now, headOnly] {
            send(socket, index, now, headOnly);
        });
        return;
    }
    FakeResponse::Headers headers{
        {"Content-Length", QByteArray::number(r.body.size())},
        {"Date", cloud::formatHttpDate(QDateTime::currentDateTimeUtc())},
        {"x-amz-request-id", "FAKE-" + QByteArray::number(index)},
        {"Server", "FakeS3"},
    };
    for (const auto &[name, value] : r.headers) {
        headers.removeIf(
            [&](const auto &kv) { return kv.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (!value.isNull())
            headers.append({name, value});
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    sendBodyFrom(socket, index, r, 0, headOnly);
}

void FakeS3Server::sendBodyFrom(QTcpSocket *socket, int index, FakeResponse r, qint64 offset,
                                bool headOnly)
{
    const QByteArray body = headOnly ? QByteArray() : r.body;
    if (r.closeAfterBodyBytes >= 0) {
        socket->write(body.left(r.closeAfterBodyBytes));
        socket->disconnectFromHost(); // after the bytes are out
        return;
    }
    if (r.stallAfterBodyBytes >= 0) {
        socket->write(body.left(r.stallAfterBodyBytes));
        return; // silent, connection open, still busy
    }
    if (r.chunkBytes > 0 && offset < body.size()) {
        socket->write(body.mid(offset, r.chunkBytes));
        const qint64 next = offset + r.chunkBytes;
        if (next < body.size()) {
            QTimer::singleShot(r.chunkIntervalMs, socket, [this, socket, index, r, next, headOnly] {
                sendBodyFrom(socket, index, r, next, headOnly);
            });
            return;
        }
    } else if (r.chunkBytes <= 0) {
        socket->write(body);
    }
    Q_EMIT responseSent(index);
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    bool close = false;
    for (const auto &[name, value] : r.headers)
        close = close || (name.compare("Connection", Qt::CaseInsensitive) == 0 && value == "close");
    if (close) {
        socket->disconnectFromHost();
        return;
    }
    c->busy = false;
    // Anything that arrived meanwhile, from the event loop (not recursively).
    QTimer::singleShot(0, socket, [this, socket] { processBuffer(socket); });
}

void FakeS3Server::checkRequest(const ReceivedRequest &req, int index)
{
    const QString where = QStringLiteral("request %1 (%2)").arg(index).arg(describe(req));
    if (!req.target.startsWith('/'))
        violation(where + QStringLiteral(": target is not origin-form"));
    const QByteArray host = hostHeader();
    if (req.headerCount("Host") != 1 || req.header("Host") != host)
        violation(where +
                  QStringLiteral(": Host is '%1'").arg(QString::fromLatin1(req.header("Host"))));
    if (req.header("Accept-Encoding") != "identity") {
        violation(where +
                  QStringLiteral(": Accept-Encoding is '%1', not identity (Qt would inflate "
                                 "gzip behind our back)")
                      .arg(QString::fromLatin1(req.header("Accept-Encoding"))));
    }
    if (req.hasHeader("Expect"))
        violation(where + QStringLiteral(": Expect header"));

    // The path and query on the wire are exactly the client's own encoding: Qt did not decode,
    // re-encode or normalise them after signing.
    const qsizetype q = req.target.indexOf('?');
    const QByteArray rawPath = req.target.left(q < 0 ? req.target.size() : q);
    if (rawPath != cloud::uriEncode(req.path, true)) {
        violation(where + QStringLiteral(": path on the wire is not the canonical encoding of '%1'")
                              .arg(QString::fromUtf8(req.path)));
    }

    if (req.hasHeader("Content-MD5")) {
        const QByteArray md5 =
            QCryptographicHash::hash(req.payload, QCryptographicHash::Md5).toBase64();
        if (req.header("Content-MD5") != md5) {
            violation(where + QStringLiteral(": Content-MD5 %1 does not match the body (%2)")
                                  .arg(QString::fromLatin1(req.header("Content-MD5")),
                                       QString::fromLatin1(md5)));
        }
    }
    if (req.hasHeader("x-amz-content-sha256")) {
        const QByteArray declared = req.header("x-amz-content-sha256");
        if (isHex(declared) && declared.size() == 64) {
            if (declared.toLower() !=
                QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex())
                violation(where + QStringLiteral(": x-amz-content-sha256 does not match the body"));
        } else if (declared == "STREAMING-UNSIGNED-PAYLOAD-TRAILER") {
            checkAwsChunked(req, where);
        } else if (declared != "UNSIGNED-PAYLOAD") {
            violation(where + QStringLiteral(": x-amz-content-sha256 is '%1'")
                                  .arg(QString::fromLatin1(declared)));
        }
    }

    const int auths = req.headerCount("Authorization");
    if (auths == 0) {
        if (m_requireAuthorization)
            violation(where + QStringLiteral(": no Authorization header"));
        return;
    }
    if (auths > 1)
        violation(where + QStringLiteral(": %1 Authorization headers").arg(auths));
    if (!m_secretAccessKey.isEmpty())
        checkSigV4(req, where);
}

void FakeS3Server::checkAwsChunked(const ReceivedRequest &req, const QString &where)
{
    const QByteArray encoding = req.header("Content-Encoding");
    if (encoding != "aws-chunked" && !encoding.startsWith("aws-chunked,"))
        violation(where + QStringLiteral(": aws-chunked body, but Content-Encoding is '%1'")
                              .arg(QString::fromLatin1(encoding)));
    if (req.header("x-amz-decoded-content-length") != QByteArray::number(req.payload.size()))
        violation(where + QStringLiteral(": x-amz-decoded-content-length %1, but %2 bytes decoded")
                              .arg(QString::fromLatin1(req.header("x-amz-decoded-content-length")))
                              .arg(req.payload.size()));
    const QByteArray announced = req.header("x-amz-trailer").toLower();
    if (announced.isEmpty() || req.trailer(announced).isNull())
        violation(where + QStringLiteral(": trailer '%1' announced but not sent")
                              .arg(QString::fromLatin1(announced)));
    if (announced == "x-amz-checksum-crc32") {
        char raw[4];
        qToBigEndian(quint32(::crc32(0, reinterpret_cast<const Bytef *>(req.payload.constData()),
                                     uInt(req.payload.size()))),
                     raw);
        const QByteArray expected = QByteArray(raw, 4).toBase64();
        if (req.trailer(announced) != expected)
            violation(where + QStringLiteral(": CRC32 trailer %1, the payload's is %2")
                                  .arg(QString::fromLatin1(req.trailer(announced)),
                                       QString::fromLatin1(expected)));
    }
}

void FakeS3Server::checkSigV4(const ReceivedRequest &req, const QString &where)
{
    const QByteArray auth = req.header("Authorization");
    if (!auth.startsWith("AWS4-HMAC-SHA256 ")) {
        violation(where + QStringLiteral(": Authorization is not SigV4"));
        return;
    }
    const QByteArray credential = authField(auth, "Credential");
    const QByteArray signedHeaders = authField(auth, "SignedHeaders");
    const QByteArray signature = authField(auth, "Signature");
    const QByteArray amzDate = req.header("x-amz-date");
    // Date and time apart: a local-time parse would refuse an hour a DST change skips.
    const QDateTime now(
        QDate::fromString(QString::fromLatin1(amzDate.left(8)), QStringLiteral("yyyyMMdd")),
        QTime::fromString(QString::fromLatin1(amzDate.mid(9, 6)), QStringLiteral("HHmmss")),
        QTimeZone::utc());
    if (amzDate.size() != 16 || amzDate.at(8) != 'T' || !amzDate.endsWith('Z') || !now.isValid()) {
        violation(
            where +
            QStringLiteral(": x-amz-date '%1' is not valid").arg(QString::fromLatin1(amzDate)));
        return;
    }
    const QByteArray scope = amzDate.left(8) + '/' + m_region + "/s3/aws4_request";
    if (credential != m_accessKeyId + '/' + scope) {
        violation(where + QStringLiteral(": Credential '%1' is not '%2/%3'")
                              .arg(QString::fromLatin1(credential),
                                   QString::fromLatin1(m_accessKeyId), QString::fromLatin1(scope)));
        return;
    }

    // Rebuild the request from what arrived, with only the headers the client says it signed.
    cloud::HttpRequest r;
    r.method = req.method;
    r.host = req.header("Host");
    r.path = req.path;
    r.query = req.query;
    r.payloadHash = req.header("x-amz-content-sha256");
    const QList<QByteArray> names = signedHeaders.split(';');
    for (const QByteArray &name : names) {
        if (name == "host")
            continue;
        if (!req.hasHeader(name)) {
            violation(where + QStringLiteral(": signed header '%1' did not arrive")
                                  .arg(QString::fromLatin1(name)));
            continue;
        }
        for (const auto &[k, v] : req.headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                r.headers.append({name, v});
        }
    }
    for (const auto &[k, v] : req.headers) {
        const QByteArray lower = k.toLower();
        if (lower.startsWith("x-amz-") && !names.contains(lower))
            violation(where + QStringLiteral(": %1 is not signed").arg(QString::fromLatin1(k)));
    }
    const cloud::SigV4Signer signer(m_region);
    const QByteArray canonical = signer.canonicalRequest(r);
    const QByteArray expected =
        signer.signature(signer.stringToSign(canonical, now), m_secretAccessKey, now);
    if (signature != expected) {
        violation(where + QStringLiteral(": signature mismatch; server's canonical request:\n%1")
                              .arg(QString::fromUtf8(canonical)));
    }
}

} // namespace sucai::test
