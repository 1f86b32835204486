#include "registry/cooperativehistorydialog.h"

#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "core/indonesianformat.h"
#include "storage/milestonerepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
struct Entry
{
    QDateTime when;
    int order = 0;   // keeps events of the same second in the order they were written
    QStringList columns;
};
}   // namespace

QString CooperativeHistoryDialog::fieldLabel(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"name", QT_TR_NOOP("Name")},
        {"legal_number", QT_TR_NOOP("Legal entity number")},
        {"legal_date", QT_TR_NOOP("Legal entity date")},
        {"nik_koperasi", QT_TR_NOOP("Nomor Induk Koperasi")},
        {"npwp", QT_TR_NOOP("NPWP")},
        {"nib", QT_TR_NOOP("NIB")},
        {"chair_name", QT_TR_NOOP("Chair")},
        {"chair_phone", QT_TR_NOOP("Chair's phone")},
        {"secretary_name", QT_TR_NOOP("Secretary")},
        {"secretary_phone", QT_TR_NOOP("Secretary's phone")},
        {"treasurer_name", QT_TR_NOOP("Treasurer")},
        {"treasurer_phone", QT_TR_NOOP("Treasurer's phone")},
        {"supervisor_name", QT_TR_NOOP("Supervisor")},
        {"phone", QT_TR_NOOP("Cooperative phone")},
        {"member_count", QT_TR_NOOP("Members")},
        {"business_units", QT_TR_NOOP("Business units")},
        {"notes", QT_TR_NOOP("Notes")},
    };
    for (const auto &l : labels)
        if (field == QLatin1String(l.field))
            return tr(l.label);
    return field;
}

CooperativeHistoryDialog::CooperativeHistoryDialog(const AppContext &ctx, qint64 cooperativeId, QWidget *parent)
    : QDialog(parent)
{
    const Connection db = ctx.database->connection();
    const Cooperative c = CooperativeRepository(db).get(cooperativeId);
    QHash<QString, QString> milestoneNames;
    for (const MilestoneDefinition &m : MilestoneRepository(db).definitions(true))
        milestoneNames.insert(m.code, m.name);

    QVector<Entry> entries;
    int order = 0;
    for (const MilestoneEvent &e : MilestoneRepository(db).history(cooperativeId)) {
        const QString name = milestoneNames.value(e.milestoneCode, e.milestoneCode);
        const bool reach = e.action == MilestoneEvent::Action::Reach;
        QString details;
        if (reach)
            details = e.current ? tr("reached on %1").arg(IndonesianFormat::date(e.reachedOn))
                                : tr("reached on %1 (no longer current)").arg(IndonesianFormat::date(e.reachedOn));
        entries.append({e.recordedAt, order++, {IndonesianFormat::dateTime(e.recordedAt.toLocalTime()), reach ? tr("Milestone reached: %1").arg(name) : tr("Milestone withdrawn: %1").arg(name), details, e.recordedBy, e.note}});
    }
    for (const CooperativeChange &change : CooperativeRepository(db).changes(cooperativeId)) {
        const auto shown = [&](const QString &value) {
            if (value.isEmpty())
                return tr("(empty)");
            if (change.field == QLatin1String("legal_date"))
                return IndonesianFormat::date(QDate::fromString(value, Qt::ISODate));
            if (change.field == QLatin1String("business_units")) {
                QStringList labels;
                for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    labels << BusinessUnit::label(key);
                return labels.join(QStringLiteral(", "));
            }
            return value;
        };
        entries.append({change.changedAt, order++, {IndonesianFormat::dateTime(change.changedAt.toLocalTime()), tr("Changed: %1").arg(fieldLabel(change.field)), tr("%1 → %2").arg(shown(change.oldValue), shown(change.newValue)), change.changedBy, QString()}});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.when != b.when ? a.when > b.when : a.order > b.order;
    });

    setWindowTitle(tr("History of %1").arg(c.name));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b><br>%2 · %3, %4")
                                 .arg(c.name.toHtmlEscaped(), c.villageCode, c.villageName.toHtmlEscaped(),
                                      c.districtName.toHtmlEscaped()),
                             this);
    layout->addWidget(title);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Recorded"), tr("What"), tr("Details"), tr("By"), tr("Note")});
    for (const Entry &e : entries)
        m_list->addTopLevelItem(new QTreeWidgetItem(e.columns));
    m_count = int(entries.size());
    if (entries.isEmpty())
        m_list->addTopLevelItem(new QTreeWidgetItem({QString(), tr("Nothing recorded yet.")}));
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    // Long old/new values (notes) must not push the note and author out of sight.
    m_list->header()->resizeSection(2, std::min(m_list->header()->sectionSize(2), 320));
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

int CooperativeHistoryDialog::entryCount() const
{
    return m_count;
}

QString CooperativeHistoryDialog::entryText(int entry, int column) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(entry);
    return item ? item->text(column) : QString();
}
