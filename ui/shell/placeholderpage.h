#pragma once
#include "shell/appcontext.h"

#include <QWidget>

// Stand-in for a page that is being built; replaced by its real class.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &text, QWidget *parent = nullptr);
};
