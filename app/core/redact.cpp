#include "redact.h"

#include <QLatin1StringView>
#include <QRegularExpression>

#include <atomic>
#include <cstdio>

namespace sucai::core {

namespace {

const auto kMask = QLatin1StringView("***");

// A value: up to a quote, whitespace, or a character that separates fields in query strings,
// headers, JSON and XML. Tokens are base64/base64url/hex/percent-encoded, none of which uses
// these characters.
#define SUCAI_VALUE R"([^\s"'&,;<>(){}\[\]]+)"
// Not preceded by a name character, so "q-signature" is not matched as "signature" and
// "TmpSecretKey" not as "SecretKey".
#define SUCAI_NAME_START R"((?<![A-Za-z0-9_-]))"

struct Patterns
{
    // Everything a rule below can match contains one of these words (case-insensitively): a
    // line without any of them is returned as it is after one scan. One JIT-compiled pattern
    // is about ten times faster than eight case-insensitive QStringView::contains().
    QRegularExpression triggers{
        QStringLiteral("auth|token|secret|signature|device_code|passw|bearer|eyj"),
        QRegularExpression::CaseInsensitiveOption};

    // name, separator, value → name separator ***
    // The separator covers `name=value`, `name: value`, `"name": "value"`, `'name': 'value'`
    // and Qt's debug output of header pairs, `("name", "value")`.
    QRegularExpression keyValue{
        QStringLiteral(SUCAI_NAME_START
                       R"(()"
                       R"(x-amz-security-token|x-cos-security-token|x-tc-token|)"
                       R"(x-amz-signature|q-signature|signature|)"
                       R"(sessiontoken|aws_session_token|)"
                       R"(secretaccesskey|aws_secret_access_key|tmpsecretkey|secretkey|)"
                       R"(client_secret|password|passwd|)"
                       R"(access_token|id_token|refresh_token|device_code|webidentitytoken|)"
                       R"((?<=["'])token(?=["'])))"
                       R"((["']?\s*[:=]\s*["']?|["']\s*,\s*["']))"
                       R"(()" SUCAI_VALUE R"())"),
        QRegularExpression::CaseInsensitiveOption};

    // <SecretAccessKey>…</SecretAccessKey> (STS responses) → <SecretAccessKey>***</…>
    QRegularExpression xmlElement{
        QStringLiteral(R"(<(secretaccesskey|sessiontoken|token|tmpsecretkey|secretkey|)"
                       R"(signature|clientsecret|password)>[^<]*</\1>)"),
        QRegularExpression::CaseInsensitiveOption};

    // Authorization header (name, separator, value to the closing quote or end of line).
    QRegularExpression authorization{
        QStringLiteral(SUCAI_NAME_START
                       R"(((?:proxy-)?authorization)(["']?\s*[:=]\s*["']?|["']\s*,\s*["']))"
                       R"(([^"'\r\n]*))"),
        QRegularExpression::CaseInsensitiveOption};
    // Values whose structure is kept: their signatures are masked by `keyValue`.
    QRegularExpression structuredAuthorization{
        QStringLiteral(R"(^\s*(?:AWS4-HMAC-SHA256|TC3-HMAC-SHA256|q-sign-algorithm=))"),
        QRegularExpression::CaseInsensitiveOption};
    QRegularExpression schemeAndCredentials{QStringLiteral(R"(^(\s*[A-Za-z0-9._~+/-]+)(\s+)\S)")};

    // A bearer token outside a header ("token type Bearer abc…"). Long tokens only, so that
    // prose such as "Bearer tokens expire" stays readable.
    QRegularExpression bearer{QStringLiteral(R"(\b(Bearer\s+)[A-Za-z0-9._~+/-]{16,}=*)"),
                              QRegularExpression::CaseInsensitiveOption};

    // A JSON Web Token (JWS: three base64url parts, JWE: five): the header always starts
    // with base64url('{"') = "eyJ".
    QRegularExpression jwt{
        QStringLiteral(R"((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*){2,4})")};

    Patterns()
    {
        // Compile (and JIT) now, once, so that matching from several threads only reads.
        for (auto *re : {&triggers, &keyValue, &xmlElement, &authorization,
                         &structuredAuthorization, &schemeAndCredentials, &bearer, &jwt})
            re->optimize();
    }
};

#undef SUCAI_VALUE
#undef SUCAI_NAME_START

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

QString maskAuthorizationValue(const Patterns &p, QStringView value)
{
    if (value.trimmed().isEmpty())
        return value.toString();
    if (p.structuredAuthorization.match(value).hasMatch())
        return value.toString();
    const auto m = p.schemeAndCredentials.match(value);
    if (m.hasMatch())
        return m.captured(1) + m.captured(2) + kMask;
    // No scheme, just a credential.
    return kMask;
}

QString redactAuthorization(const Patterns &p, const QString &text)
{
    auto it = p.authorization.globalMatch(text);
    if (!it.hasNext())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(done, m.capturedStart(3) - done);
        out += maskAuthorizationValue(p, m.capturedView(3));
        done = m.capturedEnd(3);
    }
    out += QStringView(text).mid(done);
    return out;
}

std::atomic<QtMessageHandler> g_previousHandler{nullptr};

void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    const QString clean = redactSecrets(message);
    if (const QtMessageHandler previous = g_previousHandler.load())
        previous(type, context, clean);
    else // Qt 6 returns its default handler from qInstallMessageHandler; this is a safety net
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, clean)));
}

} // namespace

QString redactSecrets(QStringView text)
{
    const Patterns &p = patterns();
    if (!p.triggers.match(text).hasMatch())
        return text.toString();
    // Authorization first: it decides per scheme what to keep; the key/value rule then masks
    // the signatures inside the structured (SigV4, TC3, COS) values it kept.
    QString out = redactAuthorization(p, text.toString());
    out.replace(p.keyValue, QStringLiteral("\\1\\2***"));
    out.replace(p.xmlElement, QStringLiteral("<\\1>***</\\1>"));
    out.replace(p.bearer, QStringLiteral("\\1***"));
    out.replace(p.jwt, kMask);
    return out;
}

void installRedactingMessageHandler()
{
    // Build the patterns before the handler can be called, and outside of it.
    patterns();
    const QtMessageHandler previous = qInstallMessageHandler(redactingMessageHandler);
    if (previous != redactingMessageHandler) // installed twice: keep the original chain
        g_previousHandler.store(previous);
}

} // namespace sucai::core
