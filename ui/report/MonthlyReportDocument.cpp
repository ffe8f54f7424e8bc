#include "ui/report/MonthlyReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <algorithm>

#include "ui/report/ReportXml.h"

// The report written: PDF pages or one XHTML file, on any thread.
namespace Patronage::MonthlyReportDocument {

namespace {

const char *const kStyleSheet = R"(
body { font-family: sans-serif; font-size: 9pt; color: #222222; }
h1 { font-size: 16pt; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 10pt; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 2px; }
p.meta, p.note, p.legend, p.tile-detail { color: #555555; font-size: 8pt; }
p.tile-title { color: #555555; }
p.tile-value { font-size: 15pt; font-weight: 600; }
p.chart-title { font-weight: 600; }
th { background-color: #e8ecf0; font-weight: 600; }
)";

// For browsers only: pages as printed, and on screen a column as wide as the paper's.
const char *const kBrowserStyleSheet = R"(
body { max-width: 190mm; margin: 1em auto; }
table { border-collapse: collapse; }
table.figures td, table.figures th { border-bottom: 1px solid #dddddd; }
img { max-width: 100%; height: auto; }
@media print { body { margin: 0; } div.page { page-break-after: always; } }
)";

// Draws the report's charts in a PDF at their width in CSS pixels (1/96 inch), whatever the
// screen: Qt's own image handler sizes pictures by the screen's resolution.
class PictureHandler
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    PictureHandler(const QList<QImage> &pictures, int deviceDpi)
        : m_pictures(pictures)
        , m_scale(deviceDpi / 96.0)
    { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QImage *picture = pictureOf(format);
        if (!picture || picture->isNull())
            return {};
        const qreal width = format.toImageFormat().width() * m_scale;
        return {width, width * picture->height() / picture->width()};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        if (const QImage *picture = pictureOf(format))
            painter->drawImage(rect, *picture);
    }

private:
    // "chart-2.png": the third picture.
    const QImage *pictureOf(const QTextFormat &format) const
    {
        static const QRegularExpression name(QStringLiteral("^chart-(\\d+)\\.png$"));
        const QRegularExpressionMatch match = name.match(format.toImageFormat().name());
        const qsizetype index = match.hasMatch() ? match.captured(1).toInt() : -1;
        return index >= 0 && index < m_pictures.size() ? &m_pictures.at(index) : nullptr;
    }

    const QList<QImage> &m_pictures;
    const qreal m_scale;
};

QString pictureDataUrl(const QImage &picture)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

Error writeFailed(const QString &path, const QString &why)
{
    Error error(ErrorCode::OutputWriteFailed);
    error.file = path;
    error.detail = why;
    return error;
}

} // namespace

QByteArray html(const Pages &drawn)
{
    QString body;
    for (const QString &page : drawn.pages)
        body += QStringLiteral("<div class=\"page\">%1</div>\n").arg(page);
    for (qsizetype i = 0; i < drawn.pictures.size(); ++i) {
        body.replace(QStringLiteral("src=\"chart-%1.png\"").arg(i),
                     QStringLiteral("src=\"%1\"").arg(pictureDataUrl(drawn.pictures.at(i))));
    }
    const QString document =
        QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" xml:lang=\"%1\">\n"
                       "<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n<style>%3%4</style>\n</head>\n"
                       "<body>\n%5</body>\n</html>\n")
            .arg(QLocale().bcp47Name(), xmlText(drawn.title), QString::fromLatin1(kStyleSheet),
                 QString::fromLatin1(kBrowserStyleSheet), body);
    return document.toUtf8();
}

Status writePdf(const Pages &drawn, QIODevice *device)
{
    const QStringList &pages = drawn.pages;
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(drawn.pageSize));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(drawn.title);
    writer.setCreator(QStringLiteral("Patronage"));
    QPainter painter;
    if (!painter.begin(&writer))
        return writeFailed({}, device->errorString());
    const int width = writer.width();
    QFont footerFont = QGuiApplication::font();
    footerFont.setPointSizeF(7);
    const int footerHeight = QFontMetrics(footerFont, &writer).height() * 2;
    const int height = writer.height() - footerHeight;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        PictureHandler pictures(drawn.pictures, writer.logicalDpiX());
        document.documentLayout()->registerHandler(QTextFormat::ImageObject, &pictures);
        document.setDefaultStyleSheet(QString::fromLatin1(kStyleSheet));
        document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(pages[p]));
        document.setTextWidth(width);
        // A page that would run over is drawn smaller: a report always has its kPageCount pages.
        qreal scale = 1.0;
        if (document.size().height() > height) {
            scale = height / document.size().height();
            document.setTextWidth(width / scale);
            scale = std::min(scale, height / document.size().height());
        }
        painter.save();
        painter.scale(scale, scale);
        document.drawContents(&painter);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x555555));
        const QRect footer(0, height, width, footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, drawn.title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("MonthlyReport", "Page %1 of %2").arg(p + 1).arg(pages.size()));
    }
    if (!painter.end())
        return writeFailed({}, device->errorString());
    return {};
}

Status write(const Pages &drawn, const QString &path)
{
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    if (!isReportPath(path))
        return writeFailed(path, QCoreApplication::translate("MonthlyReport", "a report is written as .pdf or .html"));
    // Whole or not at all: a half-written report never reaches anybody.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (pdf) {
        if (const Status written = writePdf(drawn, &file); !written) {
            Error error = written.error();
            error.file = path;
            return error;
        }
    } else if (file.write(html(drawn)) < 0) {
        return writeFailed(path, file.errorString());
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

QByteArray html(const MonthlyReport &report, const Options &options)
{
    return html(draw(report, options));
}

Status write(const MonthlyReport &report, const Options &options, const QString &path)
{
    return write(draw(report, options), path);
}

bool isReportPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines: return QPageSize::Letter;
    default: return QPageSize::A4;
    }
}

} // namespace Patronage::MonthlyReportDocument

#include "MonthlyReportDocument.moc"
