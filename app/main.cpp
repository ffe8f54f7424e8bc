#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

#include "ui/AppStyle.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/StoreSession.h"
#include "ui/Translations.h"

namespace {

// Without a display Qt would abort with a platform plugin error; say it plainly.
bool hasDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The bundled sample shop: installed beside the program, or in the build tree.
QString sampleStorePath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("../share/patronage/sample-shop.patronage"),
                                     QStringLiteral("../resources/sample-shop.patronage")}) {
        if (QFileInfo::exists(here.filePath(candidate)))
            return QFileInfo(here.filePath(candidate)).canonicalFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs("patronage: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
                   "open.\nRun it in a desktop session, or use patronage-cli for the same figures in a terminal.\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Patronage"));
    QApplication::setOrganizationName(QStringLiteral("Patronage"));
    QApplication::setApplicationVersion(QStringLiteral(PATRONAGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.patronage.Patronage"));
    Patronage::Translations::install();
    QApplication::setStyle(new Patronage::AppStyle); // the platform's style, sort arrows as users read them

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer loyalty analytics for online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("A store file to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Save a picture of every page to FOLDER and quit."),
                                         QStringLiteral("FOLDER"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QStringLiteral("Open the window at this size (as 1024x700)."),
                                        QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({screenshot, screenshots, windowSize});
    parser.process(app);

    Patronage::MainWindow window;
    window.setSampleStorePath(sampleStorePath());
    const QStringList stores = parser.positionalArguments();
    if (!stores.isEmpty() && !window.openStore(stores.first()))
        QMessageBox::warning(&window, QObject::tr("Cannot open the store"), window.errorString());
    if (parser.isSet(windowSize)) {
        const QStringList size = parser.value(windowSize).split(QLatin1Char('x'));
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        if (size.size() != 2 || width < 320 || height < 240) {
            std::fputs("patronage: --window-size takes WIDTHxHEIGHT, as 1024x700\n", stderr);
            return 2;
        }
        window.resize(width, height);
    }
    window.show();

    if (parser.isSet(screenshot) || parser.isSet(screenshots)) {
        // Pictures are taken once the store's results are in.
        auto take = [&window, &parser, &screenshot, &screenshots] {
            const bool saved = parser.isSet(screenshots)
                ? Patronage::ScreenshotTour::run(window, parser.value(screenshots))
                : window.grab().save(parser.value(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, take] {
            if (!window.session()->isLoading()) {
                poll->stop();
                QTimer::singleShot(300, &window, take);
            }
        });
        poll->start(100);
    }
    return app.exec();
}
