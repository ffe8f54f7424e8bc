#include "core/formats/FormatLayout.h"

namespace Patronage {

namespace {

QString normalisedHeader(const QString &name)
{
    return name.trimmed().toLower();
}

} // namespace

HeaderIndex::HeaderIndex(const QStringList &headers)
    : m_headers(headers)
{
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = normalisedHeader(headers.at(i));
        if (!m_byName.contains(key))
            m_byName.insert(key, i);
        else if (!key.isEmpty())
            m_duplicated.insert(key);
    }
}

bool HeaderIndex::isDuplicated(int column) const
{
    return m_duplicated.contains(normalisedHeader(nameAt(column)));
}

int HeaderIndex::find(const QString &name) const
{
    return m_byName.value(normalisedHeader(name), -1);
}

int HeaderIndex::findAny(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const int column = find(QString::fromLatin1(name));
        if (column >= 0)
            return column;
    }
    return -1;
}

bool placeColumn(FormatLayout &layout, const HeaderIndex &header, const ColumnMapping &mapping, Field field,
                 std::initializer_list<const char *> names, bool required, Error *error)
{
    if (mapping.contains(field)) {
        const QString wanted = mapping.value(field);
        const int column = header.find(wanted);
        if (column < 0) {
            *error = Error(ErrorCode::MappedColumnMissing).withValue(wanted);
            error->field = int(field);
            error->names = header.headers();
            return false;
        }
        if (header.isDuplicated(column)) {
            *error = Error(ErrorCode::DuplicateColumn).withValue(header.nameAt(column));
            return false;
        }
        layout.columns[size_t(field)] = column;
        return true;
    }
    const int column = header.findAny(names);
    // Two columns of the same name: which one holds the figures is not clear.
    if (column >= 0 && header.isDuplicated(column)) {
        *error = Error(ErrorCode::DuplicateColumn).withValue(header.nameAt(column));
        return false;
    }
    layout.columns[size_t(field)] = column;
    if (column < 0 && required && names.size() == 0) {
        *error = Error(ErrorCode::MissingMappedField);
        error->field = int(field);
        error->names = header.headers();
        return false;
    }
    if (column < 0 && required) {
        *error = Error(ErrorCode::MissingColumn);
        error->field = int(field);
        error->format = int(layout.format);
        for (const char *name : names)
            error->names.append(QString::fromLatin1(name));
        return false;
    }
    return true;
}

} // namespace Patronage
