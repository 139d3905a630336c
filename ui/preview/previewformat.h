#pragma once

#include <QByteArray>
#include <QString>

namespace sucai::ui {

// What the preview pane can show of an object, from its name and Content-Type.
enum class PreviewKind { Image, Text, Media, None };

PreviewKind previewKindFor(const QString &key, const QByteArray &contentType);
bool isJsonName(const QString &key, const QByteArray &contentType);

// Text for the preview from the first bytes of an object: UTF-8 (a character cut at the end is
// dropped), JSON indented when `json` and the bytes are a whole valid document. NUL bytes mean
// binary: an empty string is returned and *binary set.
QString previewText(const QByteArray &bytes, bool json, bool *binary = nullptr);

// The start of a gzip stream inflated, at most maxOut bytes (a cut stream gives what it has).
// Empty with *ok false when the bytes are not gzip.
QByteArray gunzipPrefix(const QByteArray &gzip, qint64 maxOut, bool *ok = nullptr);

} // namespace sucai::ui
