#pragma once

#include "core/retrypolicy.h"
#include "httprequest.h"
#include "storageerror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;
class QNetworkReply;
class QTimer;

namespace sucai::cloud {

class StorageClient;

// One remote operation (DESIGN.md "Async and network"): start() returns at once and does no
// synchronous work; cancel() stops it; finished() is emitted exactly once; the reply is a child
// of the job; the owner deleteLater()s the job after finished().
//
//   start ──► [attempt] ──► 2xx ──► handleSuccess ──► more requests? ──yes──► [attempt] …
//                │                        │ no
//                │                        ▼
//                │                     finished(ok)
//                ├─► RequestTimeTooSkewed ─► correct clock from Date ─► [attempt] (once)
//                ├─► retryable (RetryPolicy) ─► wait back-off ─► [attempt]
//                └─► otherwise ─────────────────────────────────────► finished(error)
//   cancel() anywhere ─► finished(Cancelled)
class StorageJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageJob)

public:
    ~StorageJob() override;

    void start();
    void cancel();

    // Bandwidth gate (BandwidthLimiter): asked how many of `wanted` body bytes may move now;
    // 0 = wait for wake(). Applies to upload bodies and streamed downloads.
    void setThrottle(std::function<qint64(qint64 wanted)> gate) { m_gate = std::move(gate); }
    // Called by the gate's owner when bytes may move again.
    void wake();

    bool isFinished() const { return m_finished; }
    const StorageError &error() const { return m_error; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished(const sucai::cloud::StorageError &error);

protected:
    StorageJob(StorageClient *client, QString resource);

    // The request for the current attempt (built fresh each time: dates and signatures change).
    virtual HttpRequest buildRequest(StorageError &error) = 0;
    // The body for the current attempt. Either set `device` (opened, at position 0; the job owns
    // it) or fill `data`. Returns false with `error` set when the body cannot be produced.
    virtual bool openBody(QIODevice *&device, QByteArray &data, StorageError &error);
    virtual bool isIdempotent() const { return true; }
    // Streaming responses (GetObject) receive their 2xx body here instead of in memory.
    virtual bool streamsResponse() const { return false; }
    virtual bool beginStream(QNetworkReply *reply, StorageError &error);
    virtual bool consumeStream(QByteArrayView data, StorageError &error);
    // Called with the 2xx reply and its (non-streamed) body.
    virtual StorageError handleSuccess(QNetworkReply *reply, const QByteArray &body) = 0;
    // Multi-request jobs (paged listings, DeleteObjects batches) return true to go on.
    virtual bool hasMoreRequests() const { return false; }
    // A 404 on HEAD has no body: subclasses name the code it means.
    virtual QByteArray codeForEmptyError(int httpStatus) const;
    // After the job ended, for subclasses to clean up (remove temp files) or commit.
    virtual void finalize(StorageError &error);

    StorageClient *client() const { return m_client; }
    const std::function<qint64(qint64)> &throttle() const { return m_gate; }
    QString resource() const { return m_resource; }

private:
    void attempt();
    void onReadyRead();
    void onReplyFinished();
    void finish(StorageError error);
    void retryOrFinish(const core::AttemptOutcome &outcome, StorageError error);
    void dropReply();

    QPointer<StorageClient> m_client;
    QString m_resource;
    QNetworkReply *m_reply = nullptr;
    QIODevice *m_body = nullptr;
    QTimer *m_retryTimer = nullptr;
    QByteArray m_responseBody;
    qint64 m_received = 0; // body bytes of the current attempt read from the reply
    StorageError m_error;
    StorageError m_streamError;
    int m_attempt = 0;
    bool m_skewCorrected = false;
    bool m_streaming = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_finishPending = false; // the reply ended with throttled bytes still to consume
    std::function<qint64(qint64)> m_gate;
};

} // namespace sucai::cloud
