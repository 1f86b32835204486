#pragma once
#include <QObject>
#include <QTimer>

class QTableView;
class RegistryModel;

// Remembers how the user arranged the registry's columns (widths, and the order after dragging
// milestone columns next to the name) by column key, between filters and between runs. Columns
// not seen before (a new milestone) get a sensible width and keep their place.
class RegistryColumnLayout : public QObject
{
    Q_OBJECT
public:
    RegistryColumnLayout(QTableView *table, RegistryModel *model);

    void restore();
    void save();
    // Saves now what the user changed in the last moments (the page calls it when it closes,
    // while the table and the model still exist).
    void flush();

private:
    QTableView *m_table;
    RegistryModel *m_model;
    QTimer m_saveTimer;         // saves once the user stops dragging
    bool m_restoring = false;   // our own resizes and moves are not the user's
};
