#include "registry/milestoneadmindialog.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/milestonerepository.h"
#include "registry/registrycommands.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

MilestoneAdminDialog::MilestoneAdminDialog(const AppContext &ctx, QWidget *parent) : QDialog(parent), m_ctx(ctx)
{
    setWindowTitle(tr("Manage milestones"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The steps each cooperative goes through, in the order of the registry columns and the reports. "
                                "Retiring a milestone hides it but keeps every date already recorded."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add..."), this);
    m_rename = new QPushButton(tr("&Rename..."), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_retire = new QPushButton(tr("Re&tire"), this);
    for (QPushButton *b : {add, m_rename, m_up, m_down, m_retire})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &MilestoneAdminDialog::addMilestone);
    connect(m_rename, &QPushButton::clicked, this, &MilestoneAdminDialog::renameMilestone);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &MilestoneAdminDialog::renameMilestone);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_retire, &QPushButton::clicked, this, &MilestoneAdminDialog::toggleRetired);
    connect(m_list, &QListWidget::currentRowChanged, this, &MilestoneAdminDialog::updateButtons);
    reload();
    resize(620, 420);
}

void MilestoneAdminDialog::run(const AppContext &ctx, QWidget *parent)
{
    try {
        MilestoneAdminDialog dialog(ctx, parent);
        dialog.exec();
    } catch (const StorageError &e) {
        QMessageBox::warning(parent, tr("Manage milestones"), e.message());
    }
}

void MilestoneAdminDialog::reload(const QString &selectCode)
{
    m_definitions = MilestoneRepository(m_ctx.database->connection()).definitions(true);
    m_list->clear();
    for (const MilestoneDefinition &d : qAsConst(m_definitions)) {
        auto *item = new QListWidgetItem(d.retired ? tr("%1 (%2) — retired").arg(d.name, d.code)
                                                   : QStringLiteral("%1 (%2)").arg(d.name, d.code),
                                         m_list);
        item->setToolTip(tr("Label: %1\nReport phrase: %2").arg(d.label, d.phrase));
        if (d.retired)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (d.code == selectCode)
            m_list->setCurrentItem(item);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

MilestoneDefinition MilestoneAdminDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_definitions.size() ? m_definitions.at(row) : MilestoneDefinition();
}

void MilestoneAdminDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_rename->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_retire->setEnabled(row >= 0);
    m_retire->setText(selected().retired ? tr("&Bring back") : tr("Re&tire"));
}

template <typename F> void MilestoneAdminDialog::write(F &&f, const QString &selectCode, const QString &undoText)
{
    try {
        MilestoneRepository repository(m_ctx.database->connection());
        const QVector<MilestoneDefinition> before = repository.definitions(true);
        f(repository);
        if (m_ctx.undoStack)
            m_ctx.undoStack->push(new MilestoneDefinitionsCommand(m_ctx, before, repository.definitions(true), undoText));
        if (m_ctx.watcher)
            m_ctx.watcher->notifyLocalChange();
    } catch (const StorageError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    reload(selectCode);
}

bool MilestoneAdminDialog::editDefinition(MilestoneDefinition &d, bool isNew, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(isNew ? tr("New milestone") : tr("Rename milestone"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *code = new QLineEdit(d.code, &dialog);
    code->setReadOnly(!isNew);
    code->setPlaceholderText(tr("e.g. verifikasi_lahan"));
    code->setToolTip(tr("A short key for exports and imports: lower-case letters, digits and _. It cannot be changed later."));
    auto *name = new QLineEdit(d.name, &dialog);
    name->setPlaceholderText(tr("e.g. Verifikasi lahan"));
    auto *label = new QLineEdit(d.label, &dialog);
    label->setPlaceholderText(tr("e.g. lahan terverifikasi (\"266 dari 413 ...\")"));
    auto *phrase = new QLineEdit(d.phrase, &dialog);
    phrase->setPlaceholderText(tr("e.g. telah memverifikasi lahan (used in report sentences)"));
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Name (column header):"), name);
    form->addRow(tr("Short &label:"), label);
    form->addRow(tr("Report &phrase:"), phrase);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    d.code = code->text().trimmed();
    d.name = name->text().trimmed();
    d.label = label->text().trimmed();
    d.phrase = phrase->text().trimmed();
    return true;
}

void MilestoneAdminDialog::addMilestone()
{
    MilestoneDefinition d;
    if (!editDefinition(d, true, this))
        return;
    write([&](MilestoneRepository r) { r.addDefinition(d); }, d.code, tr("add milestone \"%1\"").arg(d.name));
}

void MilestoneAdminDialog::renameMilestone()
{
    MilestoneDefinition d = selected();
    if (d.code.isEmpty() || !editDefinition(d, false, this))
        return;
    write([&](MilestoneRepository r) { r.updateDefinition(d); }, d.code, tr("rename milestone \"%1\"").arg(d.name));
}

void MilestoneAdminDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_definitions.size())
        return;
    QStringList codes;
    for (const MilestoneDefinition &d : qAsConst(m_definitions))
        codes << d.code;
    codes.swapItemsAt(row, target);
    const QString code = m_definitions.at(row).code;
    write([&](MilestoneRepository r) { r.setOrder(codes); }, code, tr("move milestone \"%1\"").arg(m_definitions.at(row).name));
}

void MilestoneAdminDialog::toggleRetired()
{
    const MilestoneDefinition d = selected();
    if (d.code.isEmpty())
        return;
    if (!d.retired
        && QMessageBox::question(this, windowTitle(),
                                 tr("Retire \"%1\"? It leaves the registry columns and the reports; the dates already recorded are kept "
                                    "and it can be brought back.")
                                     .arg(d.name))
               != QMessageBox::Yes)
        return;
    write([&](MilestoneRepository r) { r.setRetired(d.code, !d.retired); }, d.code,
          d.retired ? tr("bring back milestone \"%1\"").arg(d.name) : tr("retire milestone \"%1\"").arg(d.name));
}
