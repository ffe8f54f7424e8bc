#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer loyalty analytics for online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("A store file to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE and quit (for docs)."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    Patronage::MainWindow window;
    const QStringList stores = parser.positionalArguments();
    if (!stores.isEmpty() && !window.openStore(stores.first()))
        QMessageBox::warning(&window, QObject::tr("Cannot open the store"), window.errorString());
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(800, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
