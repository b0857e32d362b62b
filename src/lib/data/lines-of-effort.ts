/**
 * The eight lines of effort of the U.S. Collaborative Migration Management Strategy (National
 * Security Council, 29 July 2021), in the Strategy's order. The second seed framework beside the
 * five pillars of the Root Causes Strategy: indicators and investment sectors carry both tags.
 */
import type { Bilingual, LineOfEffort } from './schema.ts';

export const LINES_OF_EFFORT: readonly LineOfEffort[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** Labels as the Strategy words them (English) and their Spanish rendering. */
export const LINE_OF_EFFORT_LABELS: Readonly<Record<LineOfEffort, Bilingual>> = {
  1: { en: 'Stabilize populations with acute needs', es: 'Estabilizar a las poblaciones con necesidades agudas' },
  2: { en: 'Expand access to international protection', es: 'Ampliar el acceso a la protección internacional' },
  3: { en: 'Expand access to protection in countries of origin', es: 'Ampliar el acceso a la protección en los países de origen' },
  4: {
    en: 'Improve and expand temporary labor programs in the region with worker protections',
    es: 'Mejorar y ampliar los programas de trabajo temporal en la región con protección de los trabajadores',
  },
  5: { en: 'Assist and reintegrate returned persons', es: 'Asistir y reintegrar a las personas retornadas' },
  6: { en: 'Foster secure and humane management of borders', es: 'Promover una gestión segura y humana de las fronteras' },
  7: { en: 'Strengthen regional public messaging on migration', es: 'Fortalecer la comunicación pública regional sobre la migración' },
  8: {
    en: 'Expand access to lawful pathways for protection and opportunities to the United States',
    es: 'Ampliar el acceso a vías legales de protección y oportunidades hacia los Estados Unidos',
  },
};

/** Short label for chips and table headers: "LoE 5" / "LE 5". */
export function lineOfEffortCode(loe: LineOfEffort, lang: 'en' | 'es'): string {
  return `${lang === 'es' ? 'LE' : 'LoE'} ${loe}`;
}
