#pragma once

#include <Qt>

namespace sucai::ui {

// Data roles of the side bar's items.
constexpr int kBucketRole = Qt::UserRole + 1;  // a bucket (or a bookmark's bucket)
constexpr int kPrefixRole = Qt::UserRole + 2;  // bookmarks: the folder inside the bucket
constexpr int kAccountRole = Qt::UserRole + 3; // an account's top-level item: its profile id

} // namespace sucai::ui
