#pragma once

#include <QString>
#include <QStringView>

namespace sucai::core {

// Masks secrets in one log line (or a few lines) and returns the result; text without
// secrets comes back unchanged. Values are replaced with "***", their names are kept so the
// line still says what was there:
//   Authorization / Proxy-Authorization header values: "Bearer ***", "Basic ***", any
//     other scheme "<scheme> ***". AWS SigV4, Tencent TC3 and COS q-sign values keep their
//     structure and key id (Credential=AKID/…, q-ak=AKID) and lose their signature.
//   Signature=, X-Amz-Signature=, q-signature= (headers, query strings, JSON).
//   Security tokens: X-Amz-Security-Token, x-cos-security-token, X-TC-Token, SessionToken,
//     aws_session_token, "Token" (quoted JSON key or <Token> element only: the bare word is
//     common in file names and prose).
//   Secrets: SecretAccessKey, aws_secret_access_key, TmpSecretKey, SecretKey, client_secret,
//     password; OAuth: access_token, id_token, refresh_token, device_code, WebIdentityToken —
//     as `name=value`, `name: value`, `"name": "value"` or `<name>value</name>`.
//   JSON Web Tokens anywhere (eyJ….….…), and "Bearer <token>" outside a header.
// Key ids are not secret and stay visible, so a log still tells which key was used:
// X-Amz-Credential / Credential= (key id and scope), q-ak, TmpSecretId, AccessKeyId.
// user_code (the code the user types in the device flow) is not secret either.
// Over-redaction is preferred to a leak: an unquoted header value is masked to the end of the
// line. Thread-safe; lines that contain none of the trigger words return after a short scan.
QString redactSecrets(QStringView text);

// Installs a Qt message handler that passes every qDebug/qInfo/qWarning/qCritical/qFatal
// message through redactSecrets() and then on to the handler that was installed before
// (Qt's default one if none). Call once, early in main(), before anything logs; calling it
// again does nothing.
void installRedactingMessageHandler();

} // namespace sucai::core
