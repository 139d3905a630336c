#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sucai::cloud {

// A request in the form signers and the network layer agree on. Everything is kept DECODED
// (raw UTF-8 bytes); the one place that percent-encodes is uriEncode() (uriencode.h), used both
// for the canonical strings of the signers and for the URL that goes on the wire, so the two
// can never disagree.
struct HttpRequest
{
    using Pairs = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method = "GET"; // upper case
    QByteArray scheme = "https";
    QByteArray host;       // as sent in the Host header: "name" or "name:port" (non-default port)
    QByteArray path = "/"; // decoded, starts with '/': "/bucket/a b/c+d.png"
    Pairs query;           // decoded name/value pairs; a value-less parameter has an empty value
    Pairs headers;         // names as given (signers compare case-insensitively)
    // Hex SHA-256 of the body for SigV4, or "UNSIGNED-PAYLOAD"; empty means "not yet decided".
    QByteArray payloadHash;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces (case-insensitive)
    void removeHeader(const QByteArray &name);
    void addQuery(const QByteArray &name, const QByteArray &value = {})
    {
        query.append({name, value});
    }

    // "/a%20b?x=1&y=" with our encoding: what follows scheme://host on the wire.
    QByteArray encodedPathAndQuery() const;
    // The full URL as bytes, ready for QUrl::fromEncoded(..., QUrl::StrictMode).
    QByteArray encodedUrl() const;
};

} // namespace sucai::cloud
