/**
 * What a person sees, measured in the page: the contrast of an element's text against what lies
 * beneath it, after every ancestor's opacity (axe leaves such faded text "incomplete").
 */
import type { Locator } from '@playwright/test';

/** WCAG contrast ratio of the element's text colour and its background, as composited on screen. */
export function textContrast(element: Locator): Promise<number> {
  return element.evaluate((target) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
      return [r, g, b, a];
    };
    const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
    /** The opaque colour behind `from`: its own background and its ancestors', composited. */
    const backgroundOf = (from: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = from; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    let opacity = 1;
    let outermostFaded: Element | null = null;
    for (let node: Element | null = target; node; node = node.parentElement) {
      const own = Number(getComputedStyle(node).opacity);
      if (own < 1) outermostFaded = node;
      opacity *= own;
    }
    const text = parse(getComputedStyle(target).color);
    const behind = backgroundOf(target);
    const beneathFaded = backgroundOf(outermostFaded?.parentElement ?? null);
    const fade = (colour: Rgba): Rgba => over([colour[0], colour[1], colour[2], opacity], beneathFaded);
    const shownText = fade(over(text, behind));
    const shownBackground = fade(behind);
    const luminance = ([r, g, b]: Rgba) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const [light, dark] = [luminance(shownText), luminance(shownBackground)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  });
}

/** The focused element's outline: its width in px and its contrast against the background around it. */
export function focusRing(element: Locator): Promise<{ width: number; contrast: number }> {
  return element.evaluate((target) => {
    const rgb = (css: string) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const style = getComputedStyle(target);
    let around = [255, 255, 255];
    for (let node = target.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(colour) && colour !== 'transparent') {
        around = rgb(colour);
        break;
      }
    }
    const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const [light, dark] = [luminance(rgb(style.outlineColor)), luminance(around)].sort((a, b) => b - a);
    return { width, contrast: (light + 0.05) / (dark + 0.05) };
  });
}
