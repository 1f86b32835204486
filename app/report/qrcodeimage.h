#pragma once
#include <QImage>
#include <QString>

// A QR code as an image, made with libqrencode (Debian's libqrencode). Black modules on white with
// the quiet zone the standard asks for, one pixel per module times `moduleSize`, so it can be
// scaled without smoothing and stays readable by a USB scanner at the door.
namespace QrCodeImage {
// Null image when the text cannot be encoded or the app was built without libqrencode.
QImage fromText(const QString &text, int moduleSize = 1, int quietZone = 4);
bool isAvailable();
// What a cooperative's card carries: the village code without dots ("1208302002"), which any
// keyboard layout types the same and the check-in screen reads like a typed code.
QString payloadForVillage(const QString &villageCode);
}   // namespace QrCodeImage
