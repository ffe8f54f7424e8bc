#include "core/store/SettingsRepository.h"

#include "core/store/Limits.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

namespace {

struct SettingEntry {
    Setting setting;
    const char *key;
    const char *defaultValue;
};

// Every setting's key and default, in one place. The segmentation defaults
// are those of spec §3 (and are written into a new store by Migrations.cpp).
// clang-format off
constexpr SettingEntry kSettings[] = {
    {Setting::ThresholdMethod,    "threshold_method",    "clerk"},
    {Setting::LookbackMonths,     "lookback_months",     "0"},
    {Setting::FrequentPercentile, "frequent_percentile", "75"},
    {Setting::VipPercentile,      "vip_percentile",      "90"},
    {Setting::FrequentMinOrders,  "frequent_min_orders", "3"},
    {Setting::Currency,           "currency",            ""},
    {Setting::SegmentsSignature,  "segments_signature",  ""},
    {Setting::SegmentsStaleFrom,  "segments_stale_from", ""},
    {Setting::SegmentsDataDay,    "segments_data_day",   ""},
    {Setting::AmountTotal,        "amount_total",        ""},
};
// clang-format on

constexpr bool entriesInOrder()
{
    for (size_t i = 0; i < std::size(kSettings); ++i) {
        if (size_t(kSettings[i].setting) != i)
            return false;
    }
    return std::size(kSettings) == size_t(Setting::Count);
}
static_assert(entriesInOrder(), "every setting has its entry, in the enum's order");

const SettingEntry &entryOf(Setting setting)
{
    return kSettings[size_t(setting)];
}

int intValue(const SettingsRepository &settings, Setting setting)
{
    const Result<QString> text = settings.value(setting);
    bool ok = false;
    const int value = text ? text->toInt(&ok) : 0;
    return ok ? value : QString::fromLatin1(entryOf(setting).defaultValue).toInt();
}

} // namespace

QString SettingsRepository::keyOf(Setting setting)
{
    return QString::fromLatin1(entryOf(setting).key);
}

Result<QString> SettingsRepository::value(Setting setting) const
{
    Statement query(StoreAccess::connection(m_store), "SELECT value FROM settings WHERE key = ?");
    query.bind(1, keyOf(setting));
    if (query.step())
        return query.text(0);
    if (query.failed())
        return StoreAccess::failure(m_store, query, ErrorCode::StoreReadFailed);
    return QString::fromLatin1(entryOf(setting).defaultValue);
}

Status SettingsRepository::setValue(Setting setting, const QString &value)
{
    Statement statement(StoreAccess::connection(m_store),
                        "INSERT INTO settings(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, keyOf(setting)).bind(2, value);
    if (!statement.exec())
        return StoreAccess::failure(m_store, statement, ErrorCode::StoreWriteFailed);
    return {};
}

Status SettingsRepository::remove(Setting setting)
{
    Statement statement(StoreAccess::connection(m_store), "DELETE FROM settings WHERE key = ?");
    statement.bind(1, keyOf(setting));
    if (!statement.exec())
        return StoreAccess::failure(m_store, statement, ErrorCode::StoreWriteFailed);
    return {};
}

Currency SettingsRepository::currency() const
{
    const Result<QString> code = value(Setting::Currency);
    return Currency::fromCode(code ? *code : QString());
}

Status SettingsRepository::setCurrency(const QString &code)
{
    return setValue(Setting::Currency, code);
}

Status SettingsRepository::validate(int schemaVersion) const
{
    auto invalid = [this](Setting setting, const QString &value, const QString &why) {
        Error error(ErrorCode::StoreValueInvalid);
        error.file = m_store.path();
        error.detail = QStringLiteral("the setting %1 is \"%2\": %3").arg(keyOf(setting), Error::excerpt(value), why);
        return error;
    };
    for (const SettingEntry &entry : kSettings) {
        const Result<QString> text = value(entry.setting);
        if (!text)
            return text.error();
        bool isNumber = false;
        const qint64 number = text->toLongLong(&isNumber);
        switch (entry.setting) {
        case Setting::ThresholdMethod: {
            SegmentationParams::Method method;
            if (!parseMethodName(*text, &method))
                return invalid(entry.setting, *text, QStringLiteral("the method is clerk or percentile"));
            break;
        }
        case Setting::LookbackMonths:
        case Setting::FrequentPercentile:
        case Setting::VipPercentile:
        case Setting::FrequentMinOrders:
            if (!isNumber)
                return invalid(entry.setting, *text, QStringLiteral("it is not a whole number"));
            break;
        case Setting::Currency:
            if (!text->isEmpty() && !Currency::isIsoCode(*text))
                return invalid(entry.setting, *text, QStringLiteral("it is not an ISO 4217 currency code"));
            break;
        case Setting::SegmentsStaleFrom:
        case Setting::SegmentsDataDay:
            if (!text->isEmpty() && !isNumber)
                return invalid(entry.setting, *text, QStringLiteral("it is not a whole number"));
            if (entry.setting == Setting::SegmentsDataDay && isNumber
                && (number * 86400 < Limits::earliestSecond() || number * 86400 > Limits::latestSecond()))
                return invalid(entry.setting, *text, QStringLiteral("it is not a day between 1900 and 2200"));
            break;
        case Setting::AmountTotal:
            // Version 3 introduced it (and works it out when it migrates a store).
            if (schemaVersion < 3 && text->isEmpty())
                break;
            if (!isNumber || number < 0 || number > Limits::kMaxStoreTotal)
                return invalid(entry.setting, *text, QStringLiteral("it is not a total Patronage keeps"));
            break;
        case Setting::SegmentsSignature:
        case Setting::Count: break;
        }
    }
    const QString problem = segmentationParams().validate();
    if (!problem.isEmpty())
        return invalid(Setting::ThresholdMethod, segmentationParams().signature(), problem);
    return {};
}

SegmentationParams SettingsRepository::segmentationParams() const
{
    SegmentationParams params;
    const Result<QString> method = value(Setting::ThresholdMethod);
    if (method)
        parseMethodName(*method, &params.method);
    params.windowMonths = intValue(*this, Setting::LookbackMonths);
    params.frequentPercentile = intValue(*this, Setting::FrequentPercentile);
    params.vipPercentile = intValue(*this, Setting::VipPercentile);
    params.frequentMinOrders = intValue(*this, Setting::FrequentMinOrders);
    return params;
}

Status SettingsRepository::saveSegmentationParams(const SegmentationParams &params)
{
    const std::pair<Setting, QString> values[] = {
        {Setting::ThresholdMethod, methodName(params.method)},
        {Setting::LookbackMonths, QString::number(params.windowMonths)},
        {Setting::FrequentPercentile, QString::number(params.frequentPercentile)},
        {Setting::VipPercentile, QString::number(params.vipPercentile)},
        {Setting::FrequentMinOrders, QString::number(params.frequentMinOrders)},
    };
    for (const auto &[setting, text] : values) {
        if (const Status saved = setValue(setting, text); !saved)
            return saved;
    }
    return {};
}

} // namespace Patronage
