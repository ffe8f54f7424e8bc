#pragma once

#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include "core/error/Result.h"
#include "core/report/MonthlyReport.h"

class QIODevice;

namespace Patronage {

/// The monthly report to hand on, written as a printable document in the
/// user's language: page 1 the month's tiles and the dashboard's four charts,
/// page 2 the comparison with the month a year before and who moved most,
/// page 3 customer value, page 4 retention. The charts are the dashboard's,
/// drawn offscreen (a QApplication must exist; the command line uses the
/// offscreen platform).
namespace MonthlyReportDocument {

/// The pages of every report, whatever the shop: a page that has nothing to show says why.
constexpr int kPageCount = 4;

struct Options {
    QString shopName; ///< on every page; the store file's name when empty
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

/// Whether \a path names a file a report is written as (.pdf, .html or .htm).
bool isReportPath(const QString &path);
/// The paper the user's locale prints on: US Letter where it is the custom (the US, Canada,
/// Mexico and a few more), A4 elsewhere.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());
/// The shop's name a report takes by default: the store file's name without its extension.
QString defaultShopName(const QString &storePath);

/// The report's pages as rich text (XHTML fragments) with its charts drawn.
struct Pages {
    QString title;
    QStringList pages; ///< kPageCount of them
    QList<QImage> pictures;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};
/// Lays the report out and draws its charts: on the GUI thread (the charts are widgets).
Pages draw(const MonthlyReport &report, const Options &options);

/// The rest works on any thread.
/// The report as one self-contained XHTML file (the charts embedded as PNG), well-formed XML.
QByteArray html(const Pages &pages);
/// The report as a PDF of kPageCount pages, each page's content shrunk to fit when it must.
Status writePdf(const Pages &pages, QIODevice *device);
/// Writes a .pdf or a .html file (by \a path's extension) whole or not at all.
Status write(const Pages &pages, const QString &path);

/// draw() then html() or write(), for the command line and the tests.
QByteArray html(const MonthlyReport &report, const Options &options);
Status write(const MonthlyReport &report, const Options &options, const QString &path);

} // namespace MonthlyReportDocument

} // namespace Patronage
