import type { InvestmentDataMessages } from './investment-data-messages.ts';

export const investmentDataEs: InvestmentDataMessages = {
  legendNoSource: 'Sin datos de inversión',
  noSource: (countries, units, several) =>
    `${countries} no ${several ? 'tienen' : 'tiene'} ninguna fuente de inversiones en estos datos: sus ${units} municipios aparecen como «Sin datos de inversión» (rayados), no como sin cobertura, y quedan fuera de la lista de municipios desatendidos, de las cifras de concentración y de las columnas per cápita (vacías, no 0).`,
  ageTitle: 'Antigüedad y completitud de los datos',
  ageNoAmountNoYear: (country, rows) =>
    `${country}: ninguna de sus ${rows} filas indica un monto ni un año: muestran dónde hay actividades, no cuánto ni desde cuándo.`,
  ageYears: (country, first, last, lastEnd) =>
    `${country}: proyectos iniciados entre ${first} y ${last}; nada en estos datos empezó después de ${last} (los cierres previstos llegan a ${lastEnd}).`,
  ageAmounts: (country, withAmount, rows) => `${country}: ${withAmount} de ${rows} filas indican un monto.`,
  coveredOnly: (countries) => `Solo se comparan municipios de países con datos de inversión (${countries}).`,
  loe: 'Línea de acción (gestión de la migración)',
  allLoe: 'Todas las líneas de acción',
  loeHelp: 'Líneas de acción de la Estrategia de Gestión Colaborativa de la Migración, según el sector; la mayoría de los sectores de desarrollo atienden las causas profundas y ninguna línea.',
  commitmentsTitle: 'Compromisos del sector privado (Llamado a la Acción)',
  commitmentsKey: (sa, s, ra) => `${sa} = ${s.toLowerCase()} nombrados juntos; ${ra} = solo se nombra la región.`,
  commitmentsIntro: 'Compromisos anunciados en hojas informativas de la Casa Blanca, 2021–2024, según dónde los sitúa cada hoja. Solo se suman los anunciados por primera vez en cada hoja.',
  commitmentsCaveat:
    'Son compromisos anunciados, no desembolsos: inversión, compras, préstamos y capital por recaudar, a 2–10 años. Nunca son municipales, un compromiso regional o de varios países no se puede repartir, y no están en el dinero de la cobertura de arriba.',
  colDate: 'Anuncio',
  colSeveral: 'Varios países',
  colRegional: 'Regional',
  colSeveralAbbr: 'Var.',
  colRegionalAbbr: 'Reg.',
  colTotal: 'Total',
  headlineCheck: (running, headline) => `Suma acumulada ${running}; la Casa Blanca dijo «más de ${headline}».`,
  withoutAmount: (n) => `${n} compromisos sin monto.`,
  withPrior: 'Sumar compromisos anteriores listados por primera vez en febrero de 2023',
  priorNote: (amount) => `Sin sumar: ${amount} de compromisos anteriores que la hoja de febrero de 2023 lista como avances.`,
  commitmentsUnit: 'millones de USD',
  millionUsd: (v) => `${v} millones de USD`,
  commitmentsLoading: 'Leyendo los compromisos…',
};
