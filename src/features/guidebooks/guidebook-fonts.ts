// The two faces of Noto Sans JP the guidebook prints with, and their widths,
// so text can be broken into lines with the metrics pdfmake will draw with.
import { createRequire } from 'node:module';
import { FONT_FILES } from '../../platform/pdf/japanese-font.ts';
import type { MeasureText } from './line-breaking.ts';


const require = createRequire(import.meta.url);

type Face = keyof typeof FONT_FILES;
type FontkitFont = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
const fontkit = require('fontkit') as { openSync(path: string): FontkitFont };

type FaceWidths = { font: FontkitFont; ems: Map<string, number> };
const faces: Partial<Record<Face, FaceWidths>> = {};

function faceWidths(face: Face): FaceWidths {
  faces[face] ??= { font: fontkit.openSync(FONT_FILES[face]), ems: new Map() };
  return faces[face];
}

/** Measures text in one face and size as pdfkit does (font layout, in points); widths are cached per piece. */
export function textMeasurer(bold: boolean, fontSize: number): MeasureText {
  const { font, ems } = faceWidths(bold ? 'bold' : 'normal');
  return (text) => {
    let width = ems.get(text);
    if (width === undefined) {
      width = font.layout(text).advanceWidth / font.unitsPerEm;
      ems.set(text, width);
    }
    return width * fontSize;
  };
}
