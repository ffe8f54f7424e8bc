#include "core/report/ReportWriter.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/error/SafeText.h"

namespace Patronage {

ReportWriter::ReportWriter(QIODevice *out, ReportTable::Format format, QStringList header, QList<bool> numeric)
    : m_out(out)
    , m_format(format)
    , m_header(std::move(header))
    , m_numeric(std::move(numeric))
{
    for (const QString &title : m_header)
        m_widths.append(title.size());
}

void ReportWriter::measure(const QStringList &cells)
{
    for (qsizetype c = 0; c < m_widths.size(); ++c)
        m_widths[c] = std::max(m_widths[c], withoutControlCharacters(cells.value(c)).size());
}

void ReportWriter::put(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (m_ok && m_out->write(bytes) != bytes.size())
        m_ok = false;
}

QString ReportWriter::tableLine(const QStringList &cells) const
{
    QStringList padded;
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        // For a terminal: nothing from the data may reach it as an escape sequence.
        const QString cell = withoutControlCharacters(cells.value(c));
        padded.append(isNumeric(c) ? cell.rightJustified(m_widths.at(c)) : cell.leftJustified(m_widths.at(c)));
    }
    return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
}

void ReportWriter::begin()
{
    if (m_begun)
        return;
    m_begun = true;
    switch (m_format) {
    case ReportTable::Format::Csv: put(csvLine(m_header)); break;
    case ReportTable::Format::Json: put(QStringLiteral("[\n")); break;
    case ReportTable::Format::Table: put(tableLine(m_header)); break;
    }
}

void ReportWriter::write(const QStringList &cells)
{
    begin();
    switch (m_format) {
    case ReportTable::Format::Csv: put(csvLine(cells)); break;
    case ReportTable::Format::Table: put(tableLine(cells)); break;
    case ReportTable::Format::Json: {
        // Each object as QJsonDocument writes it inside an indented array.
        QJsonObject object;
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            const QString cell = cells.value(c);
            if (cell.isEmpty())
                object.insert(m_header.at(c), QJsonValue::Null);
            else if (isNumeric(c))
                object.insert(m_header.at(c), cell.toDouble());
            else
                object.insert(m_header.at(c), cell);
        }
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
        text.chop(1); // its last line end
        text.replace("\n", "\n    ");
        const QByteArray item = (m_rows > 0 ? QByteArray(",\n    ") : QByteArray("    ")) + text;
        if (m_ok && m_out->write(item) != item.size())
            m_ok = false;
        break;
    }
    }
    ++m_rows;
}

bool ReportWriter::finish()
{
    begin();
    if (m_format == ReportTable::Format::Json)
        put(m_rows > 0 ? QStringLiteral("\n]\n") : QStringLiteral("]\n"));
    return m_ok;
}

} // namespace Patronage
