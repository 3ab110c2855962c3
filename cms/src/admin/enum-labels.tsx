// Enumerations in the content manager's lists read as their Vietnamese labels ("Chờ duyệt", not
// "cho_duyet"). The edit form and the filters already translate an option through the message id
// equal to its value; list cells print the raw value, so enumeration columns get a formatter that
// looks the value up in the same labels (registered as admin messages in app.tsx).
import * as React from 'react';
import { InputRenderer } from '@strapi/strapi/admin';
import { viEnums } from './translations/vi-enums';

/** Message id → Vietnamese label of every enumeration value staff see (translations/vi-enums.ts). */
export const ENUM_LABELS: Record<string, string> = viEnums;

function EnumValue({ value }: { value: unknown }) {
  if (typeof value !== 'string' || value === '') return <>-</>;
  return <>{ENUM_LABELS[value] ?? value}</>;
}

type Header = { name: string; attribute?: { type?: string }; cellFormatter?: unknown };
type Columns = { displayedHeaders: Header[]; layout: unknown };

export function labelEnumerationColumns({ displayedHeaders, layout }: Columns): Columns {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <EnumValue value={row[header.name]} /> }
        : header,
    ),
  };
}

type Filter = { type?: string; input?: unknown; options?: unknown[] };
type Filters = { displayedFilters: Filter[]; layout: unknown };

/**
 * The filter chip ("Trạng thái duyệt là …") prints an option's label only for filters with an
 * `input` of their own, else the raw value: enumeration filters get Strapi's own input renderer
 * (the same one the popover uses without it), so the chip reads "Chờ duyệt".
 */
export function labelEnumerationFilters({ displayedFilters, layout }: Filters): Filters {
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) =>
      filter.type === 'enumeration' && filter.options && !filter.input ? { ...filter, input: InputRenderer } : filter,
    ),
  };
}
