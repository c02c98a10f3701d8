/* global self, createImageBitmap, OffscreenCanvas */
// The floor of the photo benchmark: the least work that makes the same output (decode upright and scaled in one
// step, draw, encode JPEG), without any check. Given the target size up front, so it reads no header either.
self.onmessage = async ({ data: { file, width, height, quality } }) => {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  self.postMessage({ blob, width: canvas.width, height: canvas.height });
};
