#include "shell/firstrundialog.h"

#include "io/areasetup.h"
#include "io/regioncatalog.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
const RegionCatalog &catalog()
{
    static const RegionCatalog instance;
    return instance;
}
}   // namespace

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Set up Pantau Kopdes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which area does your office serve? Pantau Kopdes will create its districts (kecamatan), "
                                "its villages and one Koperasi Merah Putih per village, named by the programme's pattern."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_province = new QComboBox(this);
    m_regency = new QComboBox(this);
    for (const RegionEntry &p : catalog().provinces())
        m_province->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.code);
    form->addRow(tr("&Province:"), m_province);
    auto *regencyChoice = new QRadioButton(tr("One &regency or city:"), this);
    m_wholeProvince = new QRadioButton(tr("The &whole province (provincial office)"), this);
    regencyChoice->setChecked(true);
    form->addRow(regencyChoice, m_regency);
    form->addRow(QString(), m_wholeProvince);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_province, &QComboBox::currentIndexChanged, this, &FirstRunDialog::fillRegencies);
    connect(m_wholeProvince, &QRadioButton::toggled, m_regency, &QWidget::setDisabled);

    m_province->setCurrentIndex(m_province->findData(QStringLiteral("12")));
    fillRegencies();
    m_regency->setCurrentIndex(m_regency->findData(QStringLiteral("12.08")));
    resize(560, sizeHint().height());
}

void FirstRunDialog::fillRegencies()
{
    m_regency->clear();
    const QString province = m_province->currentData().toString();
    for (const RegionEntry &r : catalog().regencies())
        if (r.parentCode == province)
            m_regency->addItem(QStringLiteral("%1 — %2").arg(r.code, r.name), r.code);
}

QString FirstRunDialog::chosenAreaCode() const
{
    return m_wholeProvince->isChecked() ? m_province->currentData().toString() : m_regency->currentData().toString();
}

bool FirstRunDialog::run(Connection db, QWidget *parent)
{
    FirstRunDialog dialog(parent);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            const auto area = catalog().area(dialog.chosenAreaCode());
            const auto result = AreaSetup::apply(db, area, qEnvironmentVariable("USER", QStringLiteral("staf")));
            QApplication::restoreOverrideCursor();
            QMessageBox::information(parent, tr("Set up Pantau Kopdes"),
                                     tr("%1: %2 districts, %3 villages, %4 cooperatives created.")
                                         .arg(area.name)
                                         .arg(result.districts)
                                         .arg(result.villages)
                                         .arg(result.cooperativesCreated));
            return true;
        } catch (const StorageError &e) {
            QApplication::restoreOverrideCursor();
            QMessageBox::critical(parent, tr("Set up Pantau Kopdes"), e.message());
        }
    }
    return false;
}
