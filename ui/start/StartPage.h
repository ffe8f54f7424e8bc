#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStringListModel;

namespace Patronage {

/// What a new user sees with no store open: the sample shop, importing
/// their own orders, or a store opened before.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentStores(const QStringList &paths);

Q_SIGNALS:
    void openSampleRequested();
    void importRequested();
    void openRequested();
    void openStoreRequested(const QString &path);

private:
    QStringListModel *m_recent;
    QListView *m_recentView;
    QLabel *m_noRecent;
};

} // namespace Patronage
