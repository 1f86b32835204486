#include "import/importmappingpage.h"

#include "importer/importer.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ImportMappingPage::ImportMappingPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    v->addWidget(m_note);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("importMapping"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First values")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 280);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per column of the file, as tall as its combo box.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    v->addWidget(m_table, 1);
}

bool ImportMappingPage::fill(const ImportSource &source, const ColumnMapping &mapping, const QVector<MilestoneDefinition> &milestones)
{
    const HeaderDetection &d = source.detection;
    m_table->setRowCount(0);
    if (!d.found) {
        m_note->setText(d.problem.isEmpty() ? tr("No header row was found in this sheet.") : d.problem);
        return false;
    }
    m_note->setText((source.mappingRemembered
                         ? tr("The header is row %1. These columns are imported as they were the last time a file with the same headers was imported; change any that is wrong.")
                         : tr("The header is row %1. This is what each column seems to hold; change any that is wrong, or choose \"(not imported)\"."))
                        .arg(d.headerRow));
    m_table->setRowCount(int(d.headers.size()));
    for (int c = 0; c < d.headers.size(); ++c) {
        m_table->setItem(c, 0, new QTableWidgetItem(d.headers.at(c)));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("importField%1").arg(c));
        for (ImportField f : {ImportField::Ignored, ImportField::VillageCode, ImportField::VillageName, ImportField::DistrictName,
                              ImportField::CooperativeName, ImportField::ChairName, ImportField::ChairPhone, ImportField::SecretaryName,
                              ImportField::SecretaryPhone, ImportField::TreasurerName, ImportField::TreasurerPhone, ImportField::Phone,
                              ImportField::LegalNumber, ImportField::LegalDate, ImportField::NikKoperasi, ImportField::Npwp,
                              ImportField::Nib, ImportField::MemberCount, ImportField::RegionDetail})
            combo->addItem(ColumnMapping::fieldTitle(f), QStringList{ColumnMapping::fieldKey(f), QString()});
        for (const MilestoneDefinition &m : milestones) {
            combo->addItem(tr("%1: reached (Ya/Belum or a date)").arg(m.name), QStringList{ColumnMapping::fieldKey(ImportField::MilestoneStatus), m.code});
            combo->addItem(tr("%1: date reached").arg(m.name), QStringList{ColumnMapping::fieldKey(ImportField::MilestoneDate), m.code});
        }
        const ColumnAssignment a = mapping.at(c);
        const int index = combo->findData(QStringList{ColumnMapping::fieldKey(a.field), a.milestoneCode});
        combo->setCurrentIndex(qMax(0, index));
        m_table->setCellWidget(c, 1, combo);
        QStringList samples;
        for (int r = d.firstDataIndex(); r < source.table.rows.size() && samples.size() < 3; ++r) {
            const QString t = source.table.rows.at(r).cells.value(c).text.simplified();
            if (!t.isEmpty())
                samples << t;
        }
        m_table->setItem(c, 2, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto shade = [this, c, combo] {
            const bool ignored = combo->currentIndex() == 0;
            for (int col : {0, 2})
                if (QTableWidgetItem *item = m_table->item(c, col))
                    item->setForeground(ignored ? palette().color(QPalette::Disabled, QPalette::Text) : palette().color(QPalette::Text));
        };
        connect(combo, &QComboBox::currentIndexChanged, this, shade);
        shade();
    }
    return true;
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping m;
    for (int c = 0; c < m_table->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(c, 1));
        const QStringList data = combo ? combo->currentData().toStringList() : QStringList();
        ColumnAssignment a;
        a.field = ColumnMapping::fieldFromKey(data.value(0));
        a.milestoneCode = data.value(1);
        m.columns.append(a);
    }
    return m;
}
