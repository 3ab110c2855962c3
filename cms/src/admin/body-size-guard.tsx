// "Nothing an editor types is lost": a save or publish whose form is over the CMS's body limit is
// stopped in the browser, with the Vietnamese message, and the text stays in the editor.
// Why not rely on the server's 413 (middlewares/body-too-large.ts, still the guard for every other
// path): Strapi 5.54's update and publish mutations refetch the document even when the request
// fails, and the edit form then resets to the saved body; a request that is never sent changes nothing.
import { useForm, useNotification } from '@strapi/strapi/admin';
import { BODY_LIMIT_BYTES, BODY_TOO_LARGE_MESSAGE } from '../lib/body-limit';

type Description = { onClick?: (event?: unknown) => unknown } & Record<string, unknown>;
type DocumentAction = ((props: Record<string, unknown>) => Description | null) & { type?: string; position?: unknown };

/** The guarded buttons: "Lưu" and "Xuất bản" both send the whole form. */
const GUARDED_TYPES = new Set(['update', 'publish']);

/** Bytes of the JSON the admin sends for these form values (the form is sent as `data`, as JSON). */
export function requestBytes(values: unknown): number {
  return new TextEncoder().encode(JSON.stringify(values ?? {})).length;
}

function guarded(Original: DocumentAction): DocumentAction {
  const Guarded: DocumentAction = (props) => {
    // Strapi's own action first, unconditionally: its hooks run in the same order on every render.
    const description = Original(props);
    const getValues = useForm('BodySizeGuard', (state) => state.getValues);
    const { toggleNotification } = useNotification();
    const onClick = description?.onClick;
    if (!description || !onClick) return description;
    return {
      ...description,
      onClick: (event?: unknown) => {
        if (requestBytes(getValues()) > BODY_LIMIT_BYTES) {
          toggleNotification({ type: 'danger', message: BODY_TOO_LARGE_MESSAGE, timeout: 15_000 });
          // True tells Strapi's button not to open the action's own dialog (publish may have one).
          return true;
        }
        return onClick(event);
      },
    };
  };
  Guarded.type = Original.type;
  Guarded.position = Original.position;
  return Guarded;
}

type Apis = { addDocumentAction(change: (actions: DocumentAction[]) => DocumentAction[]): void };

export function registerBodySizeGuard(app: { getPlugin(id: string): unknown }): void {
  const apis = (app.getPlugin('content-manager') as { apis: Apis }).apis;
  apis.addDocumentAction((actions) => actions.map((action) => (GUARDED_TYPES.has(action.type ?? '') ? guarded(action) : action)));
}
