#pragma once
#include "shell/appcontext.h"
#include "core/workshop.h"

#include <QDialog>
#include <memory>

namespace Ui {
class WorkshopEditDialog;
}

// Creates or edits a workshop and chooses whom to invite: the whole area, the cooperatives of some
// kecamatan, or a hand-picked list. Invitations are only ever added here; the repository keeps
// those already invited (and never drops a cooperative already marked present).
class WorkshopEditDialog : public QDialog
{
    Q_OBJECT
public:
    // workshop.id == 0 creates a new one.
    WorkshopEditDialog(const AppContext &ctx, const Workshop &workshop, QWidget *parent = nullptr);
    ~WorkshopEditDialog() override;

    // Saves the workshop and the invitations; returns its id (0 when the dialog was cancelled).
    static qint64 edit(const AppContext &ctx, const Workshop &workshop, QWidget *parent);

    void accept() override;
    qint64 workshopId() const { return m_workshop.id; }

private:
    void fillChoices();
    void filterChoices(const QString &text);
    InvitationScope scope(bool *any) const;

    std::unique_ptr<Ui::WorkshopEditDialog> m_ui;
    AppContext m_ctx;
    Workshop m_workshop;
};
