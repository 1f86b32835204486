#include "report/qrcodeimage.h"

#ifdef PK_HAVE_QRENCODE
#include <qrencode.h>
#endif

namespace QrCodeImage {

bool isAvailable()
{
#ifdef PK_HAVE_QRENCODE
    return true;
#else
    return false;
#endif
}

QString payloadForVillage(const QString &villageCode)
{
    QString digits = villageCode;
    digits.remove(QLatin1Char('.'));
    return digits;
}

QImage fromText(const QString &text, int moduleSize, int quietZone)
{
#ifdef PK_HAVE_QRENCODE
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int side = (code->width + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))   // bit 0: a dark module
                continue;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + quietZone) * moduleSize + dx, (y + quietZone) * moduleSize + dy, 1);
        }
    }
    QRcode_free(code);
    return image;
#else
    Q_UNUSED(text)
    Q_UNUSED(moduleSize)
    Q_UNUSED(quietZone)
    return {};
#endif
}

}   // namespace QrCodeImage
