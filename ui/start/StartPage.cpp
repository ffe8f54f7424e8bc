#include "ui/start/StartPage.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Patronage {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QStringListModel(this))
    , m_recentView(new QListView(this))
    , m_noRecent(new QLabel(tr("None yet. A store is one file per shop (.patronage) that keeps your imported "
                               "orders; it is made when you first import."),
                            this))
{
    auto *title = new QLabel(tr("<h1>Patronage</h1><p>See who your loyal customers are, month by month, from your "
                                "shop's order exports. Everything stays on this computer.</p>"),
                             this);
    title->setWordWrap(true);
    title->setContentsMargins(0, 40, 0, 0);
    auto *sample = new QPushButton(tr("Open the Sample Shop"), this);
    sample->setObjectName(QStringLiteral("openSample"));
    auto *import = new QPushButton(tr("Import Orders…"), this);
    import->setObjectName(QStringLiteral("importOrders"));
    auto *open = new QPushButton(tr("Open a Store…"), this);
    for (QPushButton *button : {sample, import, open})
        button->setMinimumHeight(36);
    sample->setToolTip(tr("A made-up shop with two years of orders, to look around"));
    import->setToolTip(tr("Start a store from your Shopify, WooCommerce, Magento or spreadsheet export"));
    m_recentView->setModel(m_recent);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setMaximumHeight(160);
    connect(sample, &QPushButton::clicked, this, &StartPage::openSampleRequested);
    connect(import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recentView, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openStoreRequested(index.data().toString()); });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(sample);
    column->addWidget(import);
    column->addWidget(open);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("<b>Recent stores</b>"), this));
    column->addWidget(m_recentView);
    m_noRecent->setWordWrap(true);
    m_noRecent->setStyleSheet(QStringLiteral("color: #555;"));
    column->addWidget(m_noRecent);
    column->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);
    setRecentStores({});
}

void StartPage::setRecentStores(const QStringList &paths)
{
    m_recent->setStringList(paths);
    m_recentView->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace Patronage
