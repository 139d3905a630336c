#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sucai::core {

// The free-tier items the quota dashboard tracks, in the order it shows them.
enum class UsageItem {
    Storage,       // COS standard storage, bytes (a day's value is that day's average size)
    Egress,        // COS internet egress (下行流量), bytes
    CdnOrigin,     // COS CDN origin-pull traffic (CDN 回源流量), bytes
    ReadRequests,  // COS read requests
    WriteRequests, // COS write requests
    Cdn,           // CDN traffic (flux), bytes
};
inline constexpr int kUsageItemCount = 6;

// Tencent Cloud bills storage and traffic in binary units: "the capacity unit conversion ratio
// is 1:1,024" (COS billing docs, 436/40099 and 436/54354; ../shared/notes/tencent-cloud.md:
// "1 TB = 1024 GB"). So one GB here, in the free tier, the price table and the model, is
// 1024^3 bytes, and QLocale::DataSizeTraditionalFormat shows it as "GB".
inline constexpr qint64 kBytesPerGB = qint64(1024) * 1024 * 1024;

class UsageItems
{
    Q_DECLARE_TR_FUNCTIONS(sucai::core::UsageItems)

public:
    static QList<UsageItem> all();
    // Stable, untranslated ids for files, alert keys and the CLI: "storage", "egress",
    // "cdnOrigin", "readRequests", "writeRequests", "cdn".
    static QString id(UsageItem item);
    static std::optional<UsageItem> fromId(const QString &id);
    // Translated name for people ("Internet egress").
    static QString name(UsageItem item);
    // Bytes (storage, traffic) or a count (requests).
    static bool isBytes(UsageItem item);
};

} // namespace sucai::core
