#include "registry/registrycolumnlayout.h"

#include "models/registrymodel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace {
const char *const kWidthsKey = "registry/columnWidths";
const char *const kOrderKey = "registry/columnOrder";   // column keys, left to right, as the user arranged them

int defaultWidth(const QString &key)
{
    if (key == QLatin1String("name"))
        return 270;
    if (key == QLatin1String("legal_number"))
        return 255;
    if (key == QLatin1String("kind"))
        return 60;
    if (key == QLatin1String("code") || key.startsWith(QLatin1String("m:")) || key == QLatin1String("legal_date"))
        return 105;
    if (key == QLatin1String("updated"))
        return 140;
    return 150;
}
}   // namespace

RegistryColumnLayout::RegistryColumnLayout(QTableView *table, RegistryModel *model)
    : QObject(table), m_table(table), m_model(model)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &RegistryColumnLayout::save);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(m_table->horizontalHeader(), signal, this, [this] {
            if (!m_restoring)
                m_saveTimer.start();
        });
    // A reset (new filter, new milestone columns) rebuilds the header: keep what the user just arranged.
    connect(m_model, &RegistryModel::modelAboutToBeReset, this, &RegistryColumnLayout::flush);
    connect(m_model, &RegistryModel::modelReset, this, &RegistryColumnLayout::restore);
    restore();
}

void RegistryColumnLayout::flush()
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        save();
    }
}

void RegistryColumnLayout::restore()
{
    const QVariantMap widths = QSettings().value(QLatin1String(kWidthsKey)).toMap();
    m_restoring = true;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString key = m_model->columnKey(column);
        m_table->setColumnWidth(column, widths.value(key, defaultWidth(key)).toInt());
    }
    // Saved keys first in their saved order; columns not seen before keep their place after them.
    QHeaderView *header = m_table->horizontalHeader();
    int visual = 0;
    for (const QString &key : QSettings().value(QLatin1String(kOrderKey)).toStringList()) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->columnKey(column) == key) {
                header->moveSection(header->visualIndex(column), visual++);
                break;
            }
        }
    }
    m_restoring = false;
}

void RegistryColumnLayout::save()
{
    QSettings settings;
    QVariantMap widths = settings.value(QLatin1String(kWidthsKey)).toMap();
    for (int column = 0; column < m_model->columnCount(); ++column)
        widths.insert(m_model->columnKey(column), m_table->columnWidth(column));
    settings.setValue(QLatin1String(kWidthsKey), widths);
    QStringList order;
    for (int visual = 0; visual < m_model->columnCount(); ++visual)
        order << m_model->columnKey(m_table->horizontalHeader()->logicalIndex(visual));
    settings.setValue(QLatin1String(kOrderKey), order);
}
