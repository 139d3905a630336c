#include "usageitem.h"

namespace sucai::core {

QList<UsageItem> UsageItems::all()
{
    return {UsageItem::Storage,      UsageItem::Egress,        UsageItem::CdnOrigin,
            UsageItem::ReadRequests, UsageItem::WriteRequests, UsageItem::Cdn};
}

QString UsageItems::id(UsageItem item)
{
    switch (item) {
    case UsageItem::Storage:
        return QStringLiteral("storage");
    case UsageItem::Egress:
        return QStringLiteral("egress");
    case UsageItem::CdnOrigin:
        return QStringLiteral("cdnOrigin");
    case UsageItem::ReadRequests:
        return QStringLiteral("readRequests");
    case UsageItem::WriteRequests:
        return QStringLiteral("writeRequests");
    case UsageItem::Cdn:
        return QStringLiteral("cdn");
    }
    return {};
}

std::optional<UsageItem> UsageItems::fromId(const QString &id)
{
    for (UsageItem item : all()) {
        if (UsageItems::id(item) == id)
            return item;
    }
    return std::nullopt;
}

QString UsageItems::name(UsageItem item)
{
    switch (item) {
    case UsageItem::Storage:
        return tr("Standard storage");
    case UsageItem::Egress:
        return tr("Internet egress");
    case UsageItem::CdnOrigin:
        return tr("CDN origin-pull");
    case UsageItem::ReadRequests:
        return tr("Read requests");
    case UsageItem::WriteRequests:
        return tr("Write requests");
    case UsageItem::Cdn:
        return tr("CDN traffic");
    }
    return {};
}

bool UsageItems::isBytes(UsageItem item)
{
    return item != UsageItem::ReadRequests && item != UsageItem::WriteRequests;
}

} // namespace sucai::core
