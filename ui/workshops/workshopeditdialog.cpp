#include "workshops/workshopeditdialog.h"
#include "ui_workshopeditdialog.h"

#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QMessageBox>
#include <QPushButton>

WorkshopEditDialog::WorkshopEditDialog(const AppContext &ctx, const Workshop &workshop, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WorkshopEditDialog>()), m_ctx(ctx), m_workshop(workshop)
{
    m_ui->setupUi(this);
    const bool creating = workshop.id == 0;
    setWindowTitle(creating ? tr("New workshop") : tr("Edit workshop"));
    m_ui->titleEdit->setText(workshop.title);
    m_ui->dateEdit->setDate(workshop.heldOn.isValid() ? workshop.heldOn : QDate::currentDate());
    m_ui->placeEdit->setText(workshop.place);
    const SettingsRepository settings(ctx.database->connection());
    m_ui->organiserEdit->setText(creating && workshop.organiser.isEmpty()
                                     ? tr("Dinas Koperasi dan UMKM %1").arg(settings.areaName())
                                     : workshop.organiser);
    m_ui->notesEdit->setPlainText(workshop.notes);

    const int invited = creating ? 0 : int(WorkshopRepository(ctx.database->connection()).invitedIds(workshop.id).size());
    m_ui->invitedLabel->setText(creating ? tr("Who is invited? More can be added later.")
                                         : tr("%n cooperative(s) invited so far. Choose more to add them to the list.", nullptr, invited));
    m_ui->keepRadio->setVisible(!creating);
    (creating ? m_ui->areaRadio : m_ui->keepRadio)->setChecked(true);
    for (QRadioButton *radio : {m_ui->keepRadio, m_ui->areaRadio, m_ui->districtRadio, m_ui->pickRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                fillChoices();
        });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &WorkshopEditDialog::filterChoices);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillChoices();
}

WorkshopEditDialog::~WorkshopEditDialog() = default;

qint64 WorkshopEditDialog::edit(const AppContext &ctx, const Workshop &workshop, QWidget *parent)
{
    WorkshopEditDialog dialog(ctx, workshop, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.workshopId() : 0;
}

void WorkshopEditDialog::fillChoices()
{
    m_ui->choiceList->clear();
    const bool districts = m_ui->districtRadio->isChecked();
    const bool pick = m_ui->pickRadio->isChecked();
    m_ui->choiceList->setVisible(districts || pick);
    m_ui->filterEdit->setVisible(districts || pick);
    if (districts) {
        for (const RegionEntry &d : RegionRepository(m_ctx.database->connection()).districts()) {
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(d.code, d.name), m_ui->choiceList);
            item->setData(Qt::UserRole, d.code);
            item->setCheckState(Qt::Unchecked);
        }
    } else if (pick) {
        CooperativeRepository coops(m_ctx.database->connection());
        for (const RegistryRow &row : coops.loadRows(coops.findIds(RegistryQuery()))) {
            const Cooperative &c = row.cooperative;
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2 (%3)").arg(c.villageCode, c.name, c.districtName), m_ui->choiceList);
            item->setData(Qt::UserRole, c.id);
            item->setCheckState(Qt::Unchecked);
        }
    }
    filterChoices(m_ui->filterEdit->text());
    // The list needs room; without it the form keeps its natural height instead of spreading out.
    layout()->activate();
    resize(width(), districts || pick ? qMax(height(), 640) : minimumSizeHint().height());
}

void WorkshopEditDialog::filterChoices(const QString &text)
{
    for (int i = 0; i < m_ui->choiceList->count(); ++i) {
        QListWidgetItem *item = m_ui->choiceList->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

InvitationScope WorkshopEditDialog::scope(bool *any) const
{
    InvitationScope s;
    *any = !m_ui->keepRadio->isChecked();
    if (m_ui->areaRadio->isChecked())
        return s;
    s.kind = m_ui->districtRadio->isChecked() ? InvitationScope::Kind::Districts : InvitationScope::Kind::Cooperatives;
    for (int i = 0; i < m_ui->choiceList->count(); ++i) {
        const QListWidgetItem *item = m_ui->choiceList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (s.kind == InvitationScope::Kind::Districts)
            s.districtCodes << item->data(Qt::UserRole).toString();
        else
            s.cooperativeIds << item->data(Qt::UserRole).toLongLong();
    }
    return s;
}

void WorkshopEditDialog::accept()
{
    bool inviting = false;
    const InvitationScope s = scope(&inviting);
    if (inviting && s.kind == InvitationScope::Kind::Districts && s.districtCodes.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Tick at least one kecamatan, or choose another way of inviting."));
        return;
    }
    if (inviting && s.kind == InvitationScope::Kind::Cooperatives && s.cooperativeIds.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Tick at least one cooperative, or choose another way of inviting."));
        return;
    }
    Workshop w = m_workshop;
    w.title = m_ui->titleEdit->text();
    w.heldOn = m_ui->dateEdit->date();
    w.place = m_ui->placeEdit->text();
    w.organiser = m_ui->organiserEdit->text();
    w.notes = m_ui->notesEdit->toPlainText();
    WorkshopRepository repo(m_ctx.database->connection());
    try {
        if (w.id == 0)
            w.id = repo.create(w, m_ctx.actor);
        else
            repo.update(w, m_ctx.actor);
        m_workshop = w;   // saved: a failing invitation below must not create it twice
        if (inviting)
            repo.invite(w.id, s, m_ctx.actor);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    QDialog::accept();
}
