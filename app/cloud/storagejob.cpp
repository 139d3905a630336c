#include "storagejob.h"

#include "httpdate.h"
#include "s3xml.h"
#include "storageclient.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace sucai::cloud {

namespace {
// Response bodies kept in memory are XML documents: a listing page of 1000 keys is < 1 MB.
// Anything far beyond is not what we asked for.
constexpr qint64 kMaxInMemoryBody = 32LL * 1024 * 1024;
// Bounded read buffer: back-pressure instead of an unbounded queue in Qt (qt-performance.md).
constexpr qint64 kReadBufferSize = 1024 * 1024;

StorageError::Kind kindForNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what Qt reports for a transfer timeout
        return StorageError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return StorageError::Kind::Tls;
    default:
        return StorageError::Kind::Network;
    }
}

std::optional<qint64> retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray v = reply->rawHeader("Retry-After").trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime when = parseHttpDate(v);
    if (when.isValid())
        return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return std::nullopt;
}
} // namespace

StorageJob::StorageJob(StorageClient *client, QString resource)
    : QObject(client)
    , m_client(client)
    , m_resource(std::move(resource))
{}

StorageJob::~StorageJob()
{
    dropReply();
}

void StorageJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // No synchronous work in start(): the first attempt runs from the event loop.
    QMetaObject::invokeMethod(this, &StorageJob::attempt, Qt::QueuedConnection);
}

void StorageJob::cancel()
{
    if (m_finished)
        return;
    finish(StorageError::make(StorageError::Kind::Cancelled, tr("Cancelled.")));
}

bool StorageJob::openBody(QIODevice *&, QByteArray &, StorageError &)
{
    return true;
}

bool StorageJob::beginStream(QNetworkReply *, StorageError &)
{
    return true;
}

bool StorageJob::consumeStream(QByteArrayView, StorageError &)
{
    return true;
}

QByteArray StorageJob::codeForEmptyError(int) const
{
    return {};
}

void StorageJob::finalize(StorageError &) {}

void StorageJob::wake()
{
    if (m_finished)
        return;
    if (m_body && m_body->isOpen())
        Q_EMIT m_body->readyRead();
    if (m_reply && m_streaming)
        onReadyRead();
}

void StorageJob::dropReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_body) {
        m_body->close();
        m_body->deleteLater();
        m_body = nullptr;
    }
}

void StorageJob::attempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(StorageError::make(StorageError::Kind::Cancelled,
                                  tr("The connection to this account was closed.")));
        return;
    }
    ++m_attempt;
    m_responseBody.clear();
    m_streamError = {};
    m_received = 0;
    m_streaming = false;
    m_finishPending = false;

    StorageError error;
    HttpRequest req = buildRequest(error);
    if (!error.ok()) {
        finish(error);
        return;
    }
    QIODevice *device = nullptr;
    QByteArray data;
    if (!openBody(device, data, error)) {
        delete device;
        finish(error);
        return;
    }
    m_body = device;
    if (m_body && m_body->parent() == nullptr)
        m_body->setParent(this);

    m_client->sign(req);

    QNetworkRequest nr(QUrl::fromEncoded(req.encodedUrl(), QUrl::StrictMode));
    for (const auto &[name, value] : std::as_const(req.headers)) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            nr.setRawHeader(name, value);
    }
    // Qt would otherwise ask for gzip and inflate it behind our back, breaking lengths and
    // checksums of objects stored with Content-Encoding: gzip (qt-performance.md).
    nr.setRawHeader("Accept-Encoding", "identity");
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(m_client->transferTimeoutMs());
    const qint64 bodySize = m_body ? m_body->size() : data.size();
    if (m_body || !data.isEmpty() || req.method == "PUT" || req.method == "POST")
        nr.setHeader(QNetworkRequest::ContentLengthHeader, bodySize);
    if (m_body)
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);

    QNetworkAccessManager *nam = m_client->network();
    if (req.method == "HEAD")
        m_reply = nam->head(nr); // as a custom verb, Qt would wait for a body that never comes
    else if (m_body)
        m_reply = nam->sendCustomRequest(nr, req.method, m_body);
    else
        m_reply = nam->sendCustomRequest(nr, req.method, data);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(kReadBufferSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &StorageJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StorageJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            Q_EMIT progressChanged(done, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        if (m_streaming)
            Q_EMIT progressChanged(done, total);
    });
}

void StorageJob::onReadyRead()
{
    // Not open: aborted (by us after a local error, or by Qt's transfer timeout). Its buffer may
    // still report bytes that read() refuses to give, which would spin the loops below forever.
    if (!m_reply || m_finished || !m_reply->isOpen())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    if (success && streamsResponse()) {
        if (!m_streaming) {
            m_streaming = true;
            // Again, now that the request runs: Qt 6.4 passes the size to its HTTP thread only
            // by a signal connected when the request starts (after sendCustomRequest returned),
            // so the first call above is lost there and the whole body would pile up in memory
            // while the bandwidth limiter holds us back (measured: 250 MB for a 5 MB/s GET).
            m_reply->setReadBufferSize(kReadBufferSize);
            if (!beginStream(m_reply, m_streamError)) {
                m_reply->abort();
                return;
            }
        }
        while (m_reply->bytesAvailable() > 0) {
            qint64 want = qMin(m_reply->bytesAvailable(), kReadBufferSize);
            if (m_gate) {
                want = m_gate(want);
                if (want <= 0)
                    return; // the limiter wakes us; Qt's bounded buffer holds the rest
            }
            const QByteArray chunk = m_reply->read(want);
            m_received += chunk.size();
            if (!consumeStream(chunk, m_streamError)) {
                m_reply->abort();
                return;
            }
        }
        if (m_finishPending) {
            m_finishPending = false;
            onReplyFinished();
        }
        return;
    }
    if (m_responseBody.size() + m_reply->bytesAvailable() > kMaxInMemoryBody) {
        m_streamError = StorageError::make(StorageError::Kind::Protocol,
                                           tr("The server sent an unexpectedly large response."));
        m_reply->abort();
        return;
    }
    const QByteArray more = m_reply->readAll();
    m_received += more.size();
    m_responseBody.append(more);
}

void StorageJob::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    onReadyRead(); // whatever is left in the buffer
    if (!m_reply)
        return;
    if (m_streaming && m_reply->bytesAvailable() > 0 && m_streamError.ok()) {
        m_finishPending = true; // throttled: finish once the rest has been consumed
        return;
    }
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (!m_streamError.ok()) {
        StorageError e = m_streamError;
        finish(e);
        return;
    }

    core::AttemptOutcome outcome;
    if (status == 0) {
        StorageError e = StorageError::make(kindForNetworkError(netError), reply->errorString());
        outcome.kind = e.kind == StorageError::Kind::Timeout
                           ? core::AttemptOutcome::Kind::Timeout
                           : core::AttemptOutcome::Kind::NetworkError;
        retryOrFinish(outcome, e);
        return;
    }

    const QByteArray requestId = reply->hasRawHeader("x-cos-request-id")
                                     ? reply->rawHeader("x-cos-request-id")
                                     : reply->rawHeader("x-amz-request-id");
    outcome.kind = core::AttemptOutcome::Kind::HttpStatus;
    outcome.httpStatus = status;
    outcome.retryAfterMs = retryAfterMs(reply);

    if (status >= 200 && status < 300) {
        // Qt now and then reports a body cut short by the peer closing the connection as
        // complete (the close races the last read): trust Content-Length, not the error code.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool cutShort = netError == QNetworkReply::NoError &&
                              reply->operation() != QNetworkAccessManager::HeadOperation &&
                              length.isValid() && m_received < length.toLongLong();
        if (netError != QNetworkReply::NoError || cutShort) {
            // Headers arrived, then the connection broke: the body is incomplete.
            StorageError e = StorageError::make(
                cutShort ? StorageError::Kind::Network : kindForNetworkError(netError),
                tr("The connection broke during the transfer: %1")
                    .arg(
                        cutShort
                            ? tr("%1 of %2 bytes arrived.").arg(m_received).arg(length.toLongLong())
                            : reply->errorString()));
            outcome.kind = e.kind == StorageError::Kind::Timeout
                               ? core::AttemptOutcome::Kind::Timeout
                               : core::AttemptOutcome::Kind::NetworkError;
            retryOrFinish(outcome, e);
            return;
        }
        StorageError e = handleSuccess(reply, m_responseBody);
        if (e.ok()) {
            if (hasMoreRequests()) {
                dropReply();
                m_attempt = 0;
                m_skewCorrected = false;
                attempt();
                return;
            }
            finish(e);
            return;
        }
        if (e.requestId.isEmpty())
            e.requestId = requestId;
        // A 200 carrying an <Error> (copy, complete multipart) is retried like the status it
        // stands for.
        outcome.errorCode = e.code;
        if (e.kind == StorageError::Kind::Service)
            outcome.httpStatus = e.code == "SlowDown" ? 503 : 500;
        else
            outcome.httpStatus = 0; // integrity/protocol errors are not retried blindly
        retryOrFinish(outcome, e);
        return;
    }

    StorageError e;
    if (!s3xml::parseError(m_responseBody, e)) {
        e = StorageError::service(
            status, codeForEmptyError(status),
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    e.httpStatus = status;
    if (e.requestId.isEmpty())
        e.requestId = requestId;
    if (status >= 300 && status < 400 && e.code.isEmpty())
        e.code = "PermanentRedirect"; // redirects are never followed (DESIGN.md "Security")
    outcome.errorCode = e.code;

    if (e.code == "RequestTimeTooSkewed" && !m_skewCorrected) {
        const QDateTime serverTime = parseHttpDate(reply->rawHeader("Date"));
        if (serverTime.isValid()) {
            m_skewCorrected = true;
            m_client->setClockSkewMs(m_client->localTime().msecsTo(serverTime));
            dropReply();
            attempt(); // re-signed with the corrected time
            return;
        }
    }
    retryOrFinish(outcome, e);
}

void StorageJob::retryOrFinish(const core::AttemptOutcome &outcome, StorageError error)
{
    const auto delay = m_client
                           ? m_client->retryPolicy().nextDelayMs(m_attempt, outcome, isIdempotent())
                           : std::nullopt;
    if (!delay) {
        finish(std::move(error));
        return;
    }
    dropReply();
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &StorageJob::attempt);
    }
    m_retryTimer->start(int(*delay));
}

void StorageJob::finish(StorageError error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    dropReply();
    if (!error.ok() && error.resource.isEmpty())
        error.resource = m_resource;
    finalize(error);
    m_error = error;
    Q_EMIT finished(m_error);
}

} // namespace sucai::cloud
