#pragma once

#include <QString>

#include <optional>

namespace sucai::core {

// Where a remote key may land on disk: strictly inside `root`, whatever the key says.
// `relativeKey` is the part of the key below the folder being downloaded. Refused (nullopt,
// with the reason in *why): empty names, "." and ".." segments, absolute paths, backslashes,
// NUL and other control characters, drive letters ("C:"), and names that are too long.
// Empty segments ("a//b") are refused too: they would silently merge two keys into one file.
std::optional<QString> safeLocalPath(const QString &root, const QString &relativeKey,
                                     QString *why = nullptr);

// The key suffix for a local file below `root`: forward slashes, no leading slash.
QString relativeKeyFor(const QString &root, const QString &filePath);

} // namespace sucai::core

namespace sucai::core {

// "dir/name.ext" → "dir/name (n).ext" (the "keep both" name for a conflict); works for keys and
// local paths alike. Names without an extension, or starting with a dot, get the suffix at the end.
QString keepBothName(const QString &path, int n);

} // namespace sucai::core
