#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Patronage {

class ComparePage;
class CustomerBrowserPage;
class DashboardPage;
class HowItWorksDialog;
class ImportWizard;
class ImportsPage;
class RetentionPage;
class StartPage;
class StoreSession;
class ValuePage;

/// The app's window: composes the start page and, for an open store, the
/// dashboard, comparison, customer and import pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a store; on failure keeps the current one and says why in errorString().
    bool openStore(const QString &path, bool create = false);
    QString errorString() const { return m_error; }
    /// Where the bundled sample shop is (copied to the user's data folder when read-only).
    void setSampleStorePath(const QString &path) { m_samplePath = path; }
    bool openSampleStore();
    /// Opens the import wizard on \a files (into the open store, or a new one).
    ImportWizard *startImport(const QStringList &files = {});

    StoreSession *session() const { return m_session; }
    DashboardPage *dashboard() const { return m_dashboard; }
    ComparePage *comparePage() const { return m_compare; }
    CustomerBrowserPage *browser() const { return m_browser; }
    ImportsPage *importsPage() const { return m_imports; }
    ValuePage *valuePage() const { return m_value; }
    RetentionPage *retentionPage() const { return m_retention; }
    /// Help › How Groups and Life Cycles Work (made when first asked for).
    HowItWorksDialog *showHowItWorks();
    QTabWidget *tabs() const { return m_tabs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseStore();
    void newStore();
    void showSettings();
    void exportReport();
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void showWorkspace(bool storeOpen);
    void warnCannotOpen();

    StoreSession *m_session;
    QStackedWidget *m_pages;
    StartPage *m_start;
    QTabWidget *m_tabs;
    DashboardPage *m_dashboard;
    ComparePage *m_compare;
    CustomerBrowserPage *m_browser;
    ValuePage *m_value;
    RetentionPage *m_retention;
    ImportsPage *m_imports;
    QMenu *m_recentMenu = nullptr;
    HowItWorksDialog *m_howItWorks = nullptr;
    QLabel *m_status;
    QString m_error;
    QString m_samplePath;
};

} // namespace Patronage
