#include "ui/help/HowItWorksDialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/segment/Rules.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"

namespace Patronage {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString orders(std::optional<double> cutoff)
{
    return cutoff ? QLocale().toString(Rules::ordersNeeded(*cutoff)) : QStringLiteral("–");
}

QString exact(std::optional<double> cutoff)
{
    return cutoff ? QLocale().toString(*cutoff, 'f', 2) : QStringLiteral("–");
}

// The open store's figures at its latest month, the rules of the groups beside them.
QString groupsAtMonth(const StoreSession &session, const MonthResult &m)
{
    const GroupFigures base = m.base();
    const QString month = DisplayFormat::month(m.month, session.snapshot().dataDay);
    const QString typical =
        base.customers > 0 ? QLocale().toString(double(base.orders) / double(base.customers), 'f', 2) : QString();
    QString text =
        HowItWorksDialog::tr("In <b>%1</b>, the latest month of this shop, %2 customers have ordered so far, "
                             "%3 of them more than once; the typical customer has %4 orders.")
            .arg(month, QLocale().toString(m.baseCustomers), QLocale().toString(m.repeatCustomers), typical);
    if (m.frequentFrom && m.vipFrom) {
        text += QLatin1Char(' ')
            + HowItWorksDialog::tr("A Frequent Buyer needs <b>%1 orders</b> or more (the cut-off is %2) and a VIP "
                                   "<b>%3 or more</b> (the cut-off is %4).")
                  .arg(orders(m.frequentFrom), exact(m.frequentFrom), orders(m.vipFrom), exact(m.vipFrom));
    }
    if (session.params().method == SegmentationParams::Method::Percentile && m.vipMinRevenue) {
        text += QLatin1Char(' ')
            + HowItWorksDialog::tr("A VIP has also spent at least %1.")
                  .arg(DisplayFormat::money(*m.vipMinRevenue, session.currency()));
    }
    QStringList sizes;
    for (int g = 0; g < kGroupCount; ++g) {
        sizes.append(HowItWorksDialog::tr("%1: %2").arg(DisplayFormat::group(LoyaltyGroup(g)),
                                                        QLocale().toString(m.groups[size_t(g)].customers)));
    }
    text +=
        QLatin1Char(' ') + HowItWorksDialog::tr("Customers in each group: %1.").arg(sizes.join(QStringLiteral(", ")));
    return paragraph(text);
}

} // namespace

HowItWorksDialog::HowItWorksDialog(StoreSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("How Groups and Life Cycles Work"));
    m_text->setObjectName(QStringLiteral("howItWorks"));
    m_text->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    connect(session, &StoreSession::loaded, this, &HowItWorksDialog::update);
    connect(session, &StoreSession::storeChanged, this, &HowItWorksDialog::update);
    update();
}

QString HowItWorksDialog::html() const
{
    return m_text->toHtml();
}

void HowItWorksDialog::update()
{
    const SegmentationParams params = m_session->params();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Loyalty groups"));
    html += paragraph(tr("Every month, each customer who has ordered so far is put in one of four groups by the "
                         "number of valid orders they have placed (cancelled orders do not count; a refund lowers "
                         "the revenue, not the orders)."));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                .arg(tr("<b>%1</b>: one order.").arg(DisplayFormat::group(LoyaltyGroup::OneTimeBuyer)),
                     tr("<b>%1</b>: two orders or more, fewer than a Frequent Buyer.")
                         .arg(DisplayFormat::group(LoyaltyGroup::LoyalCustomer)),
                     tr("<b>%1</b>: at least the month's Frequent Buyer cut-off.")
                         .arg(DisplayFormat::group(LoyaltyGroup::FrequentBuyer)),
                     tr("<b>%1</b>: at least the month's VIP cut-off.").arg(DisplayFormat::group(LoyaltyGroup::Vip)));
    if (params.method == SegmentationParams::Method::Clerk) {
        html += paragraph(tr("The cut-offs move with the shop's customers. The Frequent Buyer cut-off is the average "
                             "number of orders per customer plus one standard deviation (how widely the customers "
                             "differ), and never under %1 orders; the VIP cut-off is the average plus two standard "
                             "deviations, and never under %2.")
                              .arg(Rules::kFrequentFloorOrders)
                              .arg(Rules::kVipFloorOrders));
    } else {
        html += paragraph(tr("The cut-offs come from the customers who have ordered more than once: a Frequent Buyer "
                             "has at least as many orders as %1% of them, and at least %2; a VIP has at least as many "
                             "orders as %3% of them and has spent as much as %3% of them.")
                              .arg(params.frequentPercentile)
                              .arg(params.frequentMinOrders)
                              .arg(params.vipPercentile));
    }
    if (params.windowMonths > 0)
        html += paragraph(tr("Only the orders of the last %n month(s) count, so a customer who stops ordering "
                             "moves down in time.",
                             nullptr, params.windowMonths));
    const QList<MonthResult> &months = m_session->months();
    if (m_session->isOpen() && !months.isEmpty())
        html += groupsAtMonth(*m_session, months.last());

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Life cycle"));
    html += paragraph(tr("Beside the group, each customer has a life cycle that says how recently they ordered, "
                         "measured against their own rhythm: the average time between their orders. For a customer "
                         "with one order, the rhythm is the shop's: the time within which %1% of its repeat orders "
                         "follow the order before.")
                          .arg(Rules::kRepurchaseGapPercentile));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                .arg(tr("<b>%1</b>: ordered in the last %2 days.")
                         .arg(DisplayFormat::lifeCycle(LifeCycle::JustOrdered))
                         .arg(Rules::kJustOrderedDays),
                     tr("<b>%1</b>: within %2 times their rhythm.")
                         .arg(DisplayFormat::lifeCycle(LifeCycle::Active))
                         .arg(Rules::kActiveRhythms),
                     tr("<b>%1</b>: within %2 times their rhythm.")
                         .arg(DisplayFormat::lifeCycle(LifeCycle::SlippingAway))
                         .arg(Rules::kSlippingRhythms),
                     tr("<b>%1</b>: longer than that.").arg(DisplayFormat::lifeCycle(LifeCycle::Lost)));
    if (m_session->isOpen() && !months.isEmpty()) {
        const MonthResult &m = months.last();
        QString text;
        if (m.repurchaseGapQ80)
            text = tr("In %1, %3% of the shop's repeat orders came within %2 days of the order before.")
                       .arg(DisplayFormat::month(m.month, m_session->snapshot().dataDay),
                            QLocale().toString(*m.repurchaseGapQ80))
                       .arg(Rules::kRepurchaseGapPercentile);
        if (m_session->snapshot().isPartial(m.month) && m_session->snapshot().dataDay) {
            text += QLatin1Char(' ')
                + tr("The orders run to %1, before the month's end: its days are counted to that day, so nobody "
                     "looks as if they had been away for the rest of the month.")
                      .arg(DisplayFormat::dayInWords(*m_session->snapshot().dataDay));
        }
        if (!text.isEmpty())
            html += paragraph(text);
    } else {
        html += paragraph(tr("Open a store to see its own cut-offs here."));
    }
    m_text->setHtml(html);
}

} // namespace Patronage
