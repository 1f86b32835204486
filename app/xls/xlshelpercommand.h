#pragma once
#include <QStringList>

// The command line of the helper pantau-kopdes-xls, which reads an .xls file with FreeXL in a
// process of its own so that whatever FreeXL does with a hostile file stays there
// (tests/fuzz/findings/README.md). XlsReader is its only caller:
//
//   pantau-kopdes-xls [--name NAME] [--lang LANG] sheets FILE
//   pantau-kopdes-xls [--name NAME] [--lang LANG] read INDEX FILE
//
// NAME is what messages call the file (it may be a temporary copy), LANG the language of the
// messages ("id"; anything else: English). The reply goes to stdout as XlsHelperProtocol
// describes; the exit code is one of XlsHelperProtocol's.
class XlsHelperCommand
{
public:
    static int run(const QStringList &arguments);
};
