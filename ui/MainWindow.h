#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace Patronage {

class ImportHistoryModel;
class Store;

/// The app's window: composes the pages for one open store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a store; on failure shows why and keeps the current one.
    bool openStore(const QString &path);
    QString errorString() const { return m_error; }

private:
    void chooseStore();
    void refresh();

    std::unique_ptr<Store> m_store;
    ImportHistoryModel *m_historyModel;
    QLabel *m_summary;
    QTableView *m_historyView;
    QString m_error;
};

} // namespace Patronage
