#include <QBrush>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QStandardItemModel>
#include <QWidget>

#include <algorithm>
#include <climits>

#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/compare/GroupComparisonModel.h"
#include "ui/compare/MatrixModel.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/MonthTableModel.h"
#include "ui/dashboard/MonthTiles.h"
#include "ui/dashboard/charts/ChartPanel.h"
#include "ui/report/MonthlyReportDocument.h"
#include "ui/report/ReportXml.h"
#include "ui/retention/OneOrderAwayModel.h"
#include "ui/retention/RfmModels.h"
#include "ui/retention/TestedModel.h"
#include "ui/value/ValueFigures.h"

// The report's pages: the app's own tiles, charts, models and words, as XHTML fragments.
namespace Patronage::MonthlyReportDocument {

// Text from the store (customers' names) in XML: escaped, and without the characters XML 1.0
// cannot hold (control characters, lone surrogates).
QString xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(text.at(++i));
        } else if (c.isSurrogate() || (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0xFFFE
                   || c.unicode() == 0xFFFF) {
            clean.append(c == u'\n' ? QChar(u' ') : QChar(0xFFFD));
        } else {
            clean.append(c);
        }
    }
    return clean.toHtmlEscaped();
}

namespace {

// Qt's rich text writes &nbsp;, which XML does not know.
QString xmlFromRichText(QString richText)
{
    return richText.replace(QLatin1String("&nbsp;"), QLatin1String("&#160;"));
}

// A table of a model as the app's views show it: its headers, its cells' text (a line break
// as a break), alignment and background.
QString modelTable(const QAbstractItemModel &model, const QString &corner = {}, bool verticalHeader = true)
{
    QString html = QStringLiteral("<table class=\"figures\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    if (verticalHeader)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(xmlText(corner));
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(xmlText(model.headerData(c, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        if (verticalHeader)
            html +=
                QStringLiteral("<th align=\"left\">%1</th>").arg(xmlText(model.headerData(r, Qt::Vertical).toString()));
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const Qt::Alignment alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
            const QString align = alignment & Qt::AlignRight ? QStringLiteral("right")
                : alignment & Qt::AlignHCenter               ? QStringLiteral("center")
                                                             : QStringLiteral("left");
            const QVariant background = index.data(Qt::BackgroundRole);
            const QString colour = background.canConvert<QBrush>()
                ? QStringLiteral(" bgcolor=\"%1\"").arg(background.value<QBrush>().color().name())
                : QString();
            QStringList lines = index.data().toString().split(QLatin1Char('\n'));
            for (QString &line : lines)
                line = xmlText(line);
            html += QStringLiteral("<td align=\"%1\"%2>%3</td>").arg(align, colour, lines.join(QLatin1String("<br/>")));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString &text, const QString &cssClass = {})
{
    return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>").arg(xmlText(text))
                              : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, xmlText(text));
}

// The report's pages as XHTML fragments; charts as pictures named by their index.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    Builder(const MonthlyReport &report, const Options &options)
        : m_report(report)
        , m_options(options)
        , m_currency(report.snapshot.currency)
    { }

    QStringList pages() { return {overviewPage(), comparisonPage(), valuePage(), retentionPage()}; }
    const QList<QImage> &pictures() const { return m_pictures; }

    QString shopName() const
    {
        return m_options.shopName.isEmpty() ? defaultShopName(m_report.snapshot.storePath) : m_options.shopName;
    }
    QString title() const
    {
        return tr("%1: monthly report for %2")
            .arg(shopName(), DisplayFormat::month(m_report.month, m_report.snapshot.dataDay));
    }

private:
    QString monthShown(MonthIndex month) const { return DisplayFormat::month(month, m_report.snapshot.dataDay); }

    QString heading() const
    {
        const AnalysisSnapshot &s = m_report.snapshot;
        QString range;
        if (m_report.firstOrderDay && s.dataDay) {
            range = tr("Orders from %1 to %2")
                        .arg(DisplayFormat::dayInWords(*m_report.firstOrderDay), DisplayFormat::dayInWords(*s.dataDay));
        }
        const QString written = tr("written %1 by Patronage")
                                    .arg(DisplayFormat::dayInWords(QDate(1970, 1, 1).daysTo(QDate::currentDate())));
        return QStringLiteral("<h1>%1</h1>").arg(xmlText(title()))
            + paragraph(range.isEmpty() ? written : range + QStringLiteral(" · ") + written, QStringLiteral("meta"));
    }

    QString overviewPage()
    {
        QString html = heading();
        html += QStringLiteral("<table class=\"tiles\" cellspacing=\"6\" cellpadding=\"6\" width=\"100%\"><tr>");
        for (const MonthTile &tile : monthTiles(m_report.snapshot, m_report.month)) {
            html += QStringLiteral("<td class=\"tile\" width=\"25%\" bgcolor=\"#f4f6f8\">"
                                   "<p class=\"tile-title\">%1</p><p class=\"tile-value\">%2</p>"
                                   "<p class=\"tile-detail\">%3</p><p class=\"tile-detail\">%4</p></td>")
                        .arg(xmlText(tile.title), xmlText(tile.value), xmlText(tile.detail), xmlText(tile.changes));
        }
        html += QStringLiteral("</tr></table>");
        html += charts();
        return html;
    }

    // The dashboard's four charts over the two years to the month, drawn by the dashboard's code.
    QString charts()
    {
        QList<MonthResult> range;
        for (const MonthResult &m : m_report.snapshot.months) {
            if (m.month > m_report.month - 24 && m.month <= m_report.month)
                range.append(m);
        }
        MonthTableModel model;
        model.setMonths(range, m_currency, m_report.snapshot.dataDay);
        // On a window never shown on screen, at the size the Dashboard shows them on a laptop
        // (labels thin out as they do there).
        QWidget canvas;
        canvas.setAttribute(Qt::WA_DontShowOnScreen);
        const DashboardCharts charts = makeDashboardCharts(&model, &canvas);
        const QSize chartSize(460, 340);
        for (int i = 0; i < charts.all().size(); ++i)
            charts.all().at(i)->setGeometry(
                QRect(QPoint(i % 2 * chartSize.width(), i / 2 * chartSize.height()), chartSize));
        canvas.resize(2 * chartSize.width(), 2 * chartSize.height());
        canvas.show();
        // The charts' own layouts settle through posted layout requests (no other event is handled).
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QString html =
            QStringLiteral("<h2>%1</h2>").arg(xmlText(tr("The two years to %1").arg(monthShown(m_report.month))));
        // Two charts a row: their titles, the pictures, the legends, each a row of its own (each
        // cell holds one thing: rich text lays a picture out beside text it shares a cell with).
        html += QStringLiteral("<table class=\"charts\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        const QList<ChartPanel *> panels = charts.all();
        for (int first = 0; first < panels.size(); first += 2) {
            QString titles, pictures, legends;
            for (int i = first; i < std::min<int>(first + 2, int(panels.size())); ++i) {
                m_pictures.append(panels[i]->chartImage(3.0));
                titles += QStringLiteral("<td width=\"50%\"><p class=\"chart-title\">%1</p></td>")
                              .arg(xmlText(panels[i]->title()));
                pictures += QStringLiteral("<td width=\"50%\"><img src=\"%1\" width=\"330\" alt=\"%2\"/></td>")
                                .arg(pictureName(int(m_pictures.size()) - 1), xmlText(panels[i]->title()));
                legends += QStringLiteral("<td width=\"50%\"><p class=\"legend\">%1</p></td>")
                               .arg(xmlFromRichText(panels[i]->legendHtml()));
            }
            html += QStringLiteral("<tr>%1</tr><tr>%2</tr><tr>%3</tr>").arg(titles, pictures, legends);
        }
        html += QStringLiteral("</table>");
        if (m_report.snapshot.isPartial(m_report.month) && m_report.snapshot.dataDay) {
            html +=
                paragraph(tr("* %1 holds the orders to %2, the last day of the data.")
                              .arg(monthText(m_report.month), DisplayFormat::dayInWords(*m_report.snapshot.dataDay)),
                          QStringLiteral("note"));
        }
        return html;
    }

    QString comparisonPage() const
    {
        if (!m_report.yearBefore) {
            return QStringLiteral("<h2>%1</h2>").arg(xmlText(tr("Compared with a year before")))
                + paragraph(tr("The data does not reach back to %1, so there is no year before to compare with.")
                                .arg(monthText(m_report.month - 12)));
        }
        const MonthIndex a = *m_report.yearBefore;
        const MonthIndex b = m_report.month;
        QString html =
            QStringLiteral("<h2>%1</h2>").arg(xmlText(tr("%1 compared with %2").arg(monthShown(b), monthShown(a))));
        GroupComparisonModel groups;
        groups.setMonths(*m_report.snapshot.month(a), *m_report.snapshot.month(b));
        html += paragraph(tr("Loyalty groups: A is %1, B is %2.").arg(monthText(a), monthText(b)));
        html += modelTable(groups, tr("Group"));
        MatrixModel matrix;
        matrix.setMatrix(m_report.matrix, m_currency);
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("Who moved")));
        html += paragraph(tr("Rows: the group in %1, or new since. Columns: the group in %2, or gone. Each cell: "
                             "customers, and their revenue.")
                              .arg(monthText(a), monthText(b)),
                          QStringLiteral("note"));
        html += modelTable(matrix, tr("From \u2193 to \u2192"));
        html += movers(tr("Moved up most"), m_report.moversUp, m_report.movedUp);
        html += movers(tr("Moved down most"), m_report.moversDown, m_report.movedDown);
        return html;
    }

    QString movers(const QString &title, const CustomerList &list, qint64 moved) const
    {
        QString html = QStringLiteral("<h3>%1</h3>").arg(xmlText(title));
        if (list.isEmpty())
            return html + paragraph(tr("Nobody."));
        const qsizetype shown = std::min<qsizetype>(list.size(), MonthlyReport::kMoversListed);
        const int count = int(std::min<qint64>(moved, INT_MAX));
        html += paragraph(shown < moved ? tr("The %1 with the most revenue so far, of %Ln customer(s).", nullptr, count)
                                              .arg(QLocale().toString(qint64(shown)))
                                        : tr("All %Ln, the most revenue so far first.", nullptr, count),
                          QStringLiteral("note"));
        html += QStringLiteral("<table class=\"figures\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                               "<th align=\"left\">%1</th><th align=\"left\">%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(xmlText(tr("Customer")), xmlText(tr("Moved")), xmlText(tr("Orders")),
                         xmlText(tr("Revenue so far")));
        for (qsizetype i = 0; i < shown; ++i) {
            const CustomerRow row = list.row(i);
            QString who = row.name.isEmpty() ? row.email : row.name;
            if (who.isEmpty())
                who = row.key;
            if (who.size() > 40)
                who = who.left(39) + QChar(0x2026);
            const Movement move = row.movement.value_or(Movement{});
            const QString moveText = tr("%1 \u2192 %2")
                                         .arg(move.from ? DisplayFormat::group(*move.from) : tr("New"),
                                              move.to ? DisplayFormat::group(*move.to) : tr("gone"));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                                   "<td align=\"right\">%4</td></tr>")
                        .arg(xmlText(who), xmlText(moveText), xmlText(QLocale().toString(row.snapshot.orders)),
                             xmlText(DisplayFormat::money(row.snapshot.revenue, m_currency)));
        }
        return html + QStringLiteral("</table>");
    }

    QString valuePage() const
    {
        QString html =
            QStringLiteral("<h2>%1</h2>")
                .arg(xmlText(tr("What customers are worth (at the end of %1)").arg(monthShown(m_report.month))));
        if (!m_report.value)
            return html + paragraph(m_report.valueError ? appProblem(*m_report.valueError) : QString());
        const ValueAnalysis::ValueOverview &value = *m_report.value;
        html += QStringLiteral("<p>%1</p>").arg(xmlFromRichText(ValueFigures::summary(value, m_currency)));
        if (value.noPrediction)
            return html;
        QStandardItemModel byGroup;
        ValueFigures::fillByGroup(&byGroup, value.breakdown, m_currency);
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("Expected in the next 52 weeks, by loyalty group")));
        html += modelTable(byGroup, tr("Group"));
        QStandardItemModel byLifeCycle;
        ValueFigures::fillByLifeCycle(&byLifeCycle, value.breakdown, m_currency);
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("… and by life cycle")));
        html += modelTable(byLifeCycle, tr("Life cycle"));
        QStandardItemModel risk;
        ValueFigures::fillRisk(&risk, value.breakdown, m_currency);
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("Churn risk: customers by group and risk")));
        html += modelTable(risk, tr("Group"));
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("Back-test on the shop's own past")));
        html += paragraph(ValueFigures::backtestInWords(value));
        return html;
    }

    QString retentionPage() const
    {
        QString html = QStringLiteral("<h2>%1</h2>").arg(xmlText(tr("Retention")));
        RfmGroupsModel rfm;
        rfm.setOverview(m_report.rfm, m_currency);
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(xmlText(tr("RFM groups at the end of %1").arg(monthShown(m_report.month))));
        html += modelTable(rfm, {}, false);
        OneOrderAwayModel away;
        away.setList(m_report.oneOrderAway, m_currency);
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("One order from the next group")));
        html += away.rowCount() ? modelTable(away, {}, false) : paragraph(tr("Nobody."));
        html += QStringLiteral("<h3>%1</h3>").arg(xmlText(tr("Groups tested against what happened next")));
        if (!m_report.tested) {
            html += paragraph(tr("The data does not reach back to %1, so no group can be tested yet.")
                                  .arg(monthText(m_report.month - MonthlyReport::kTestedHorizon)));
            return html;
        }
        const GroupsTested &tested = *m_report.tested;
        html += paragraph(tr("The customers of each group at the end of %1, and how many of them ordered again in the "
                             "%Ln month(s) after.",
                             nullptr, tested.horizon)
                              .arg(monthText(tested.month)),
                          QStringLiteral("note"));
        TestedModel model;
        model.setTested(tested, m_currency);
        html += modelTable(model, {}, false);
        return html;
    }

    QString pictureName(int index) const { return QStringLiteral("chart-%1.png").arg(index); }

    const MonthlyReport &m_report;
    const Options &m_options;
    const Currency m_currency;
    QList<QImage> m_pictures;
};

} // namespace

Pages draw(const MonthlyReport &report, const Options &options)
{
    Builder builder(report, options);
    Pages drawn;
    drawn.pages = builder.pages();
    drawn.pictures = builder.pictures();
    drawn.title = builder.title();
    drawn.pageSize = options.pageSize;
    return drawn;
}

QString defaultShopName(const QString &storePath)
{
    return QFileInfo(storePath).completeBaseName();
}

} // namespace Patronage::MonthlyReportDocument
