#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace sucai::test {

// One canned answer of FakeS3Server, with optional faults.
struct FakeResponse
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    int status = 200;
    // Sent after the defaults (Content-Length, Date, x-amz-request-id, Server); a header named
    // here replaces the default of the same name. Content-Length defaults to body.size().
    Headers headers;
    QByteArray body;

    // --- Faults -------------------------------------------------------------------------------
    // >= 0: send the head and this many bytes of the body, then close the connection.
    qint64 closeAfterBodyBytes = -1;
    // >= 0: send the head and this many bytes of the body, then go silent (connection open).
    qint64 stallAfterBodyBytes = -1;
    // Read the request and never answer (the connection stays open until the client leaves).
    bool hang = false;
    // Read the request and close the connection without a byte of answer (a keep-alive
    // connection the server dropped just as the client reused it).
    bool closeWithoutAnswer = false;
    // Wait this long before the head.
    int delayMs = 0;
    // Slow peer: the body goes out in pieces of chunkBytes every chunkIntervalMs.
    int chunkBytes = 0;
    int chunkIntervalMs = 0;

    FakeResponse &header(const QByteArray &name, const QByteArray &value);

    static FakeResponse ok(const QByteArray &body = {});
    static FakeResponse withStatus(int status); // no body
    // An S3 <Error> document with the status.
    static FakeResponse s3Error(int status, const QByteArray &code, const QByteArray &message = {},
                                const QByteArray &requestIdInBody = {});
    static FakeResponse hanging();
};

// A request as the server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;                          // as on the wire: "/bucket/a%20b?list-type=2"
    QByteArray path;                            // decoded: "/bucket/a b"
    QList<QPair<QByteArray, QByteArray>> query; // decoded name/value pairs, in order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The object bytes: the body, or what an aws-chunked body decodes to (its trailers below).
    QByteArray payload;
    QList<QPair<QByteArray, QByteArray>> trailers;
    qint64 receivedMs = 0; // server's monotonic clock, when the whole request had arrived
    int connection = 0;    // serial number of the TCP connection it came on

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
    bool hasQuery(const QByteArray &name) const;
    QByteArray queryValue(const QByteArray &name) const;
    QByteArray trailer(const QByteArray &name) const;
};

// Decodes an "aws-chunked" body without chunk signatures (STREAMING-UNSIGNED-PAYLOAD-TRAILER):
// "<hex>\r\n<data>\r\n" ... "0\r\n" <trailer lines> "\r\n". Returns false with `error` set
// when the framing is wrong.
bool decodeAwsChunked(const QByteArray &body, QByteArray &payload,
                      QList<QPair<QByteArray, QByteArray>> &trailers, QString &error);

// A scriptable HTTP/1.1 server on 127.0.0.1 (real sockets) for fault-injection tests of the
// storage client. Tests queue responses (answered in order, whatever the request) and inspect
// what arrived. The server is strict: everything it finds wrong with a request (no or bad SigV4
// Authorization, Accept-Encoding other than identity, a chunked or length-less body on PUT/POST,
// Content-MD5 or x-amz-content-sha256 that do not match the body, an aws-chunked body whose
// framing, decoded length or CRC32 trailer is wrong, a request with no response
// queued for it, pipelining) is recorded in violations(), which a test's cleanup() checks.
class FakeS3Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeS3Server)

public:
    explicit FakeS3Server(QObject *parent = nullptr);
    ~FakeS3Server() override;

    // A free port on 127.0.0.1 (or on ::1 for IPv6 tests).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl baseUrl() const;          // "http://127.0.0.1:<port>", "http://[::1]:<port>"
    QByteArray hostHeader() const; // what a correct client sends as Host

    // When set, the Authorization header of every request must be a valid SigV4 signature by
    // these credentials (recomputed from what arrived on the wire).
    void expectSigV4(const QByteArray &accessKeyId, const QByteArray &secretAccessKey,
                     const QByteArray &region);
    // Off: requests without Authorization are accepted (anonymous access tests).
    void setRequireAuthorization(bool on) { m_requireAuthorization = on; }

    void enqueue(const FakeResponse &response);
    int queued() const { return int(m_queue.size()); }
    // The answer to any request beyond the queue (instead of a violation). For faults that make
    // Qt's HTTP layer resend a request by itself (a connection closed mid-answer), where the
    // number of requests on the wire is Qt's business and only the job's attempts are ours.
    void setFallback(const FakeResponse &response);

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    QStringList violations() const { return m_violations; }
    void clearViolations() { m_violations.clear(); }
    int openConnections() const { return int(m_connections.size()); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void requestReceived(int index);
    void responseSent(int index); // the whole response was handed to the socket
    void connectionClosed();

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void handleRequest(Connection &c, ReceivedRequest req);
    void checkRequest(const ReceivedRequest &req, int index);
    void checkSigV4(const ReceivedRequest &req, const QString &where);
    void checkAwsChunked(const ReceivedRequest &req, const QString &where);
    void send(QTcpSocket *socket, int index, const FakeResponse &r, bool headOnly);
    void sendBodyFrom(QTcpSocket *socket, int index, FakeResponse r, qint64 offset, bool headOnly);
    void violation(const QString &what);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection *> m_connections;
    std::deque<FakeResponse> m_queue;
    std::optional<FakeResponse> m_fallback;
    QList<ReceivedRequest> m_requests;
    QStringList m_violations;
    QElapsedTimer m_clock;
    QByteArray m_accessKeyId;
    QByteArray m_secretAccessKey;
    QByteArray m_region;
    bool m_requireAuthorization = true;
    int m_connectionSerial = 0;
};

} // namespace sucai::test
