// "Bài chờ duyệt": the drafts a Phóng viên wrote that no editor has published as they stand. A
// reporter cannot publish (bootstrap/newsroom-roles.ts), so this is the editors' queue: each row
// opens the draft in the content manager, where "Xuất bản" is one click. Rows come from
// GET /newsroom/pending-drafts (lib/newsroom/pending-drafts.ts), read afresh on every visit.
import * as React from 'react';
import { Link } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { PENDING_DRAFTS_PATH, type PendingDraft, type PendingDraftsResponse } from '@dbk/shared-types/pending-drafts';

const STATE_LABEL: Record<PendingDraft['state'], string> = { moi: 'Bài mới', da_sua: 'Đã sửa sau khi đăng' };
const when = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

type Load = { status: 'loading' } | { status: 'error' } | { status: 'ready'; rows: PendingDraft[] };

export default function PendingDraftsPage(): React.JSX.Element {
  const { get } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ status: 'loading' });
  React.useEffect(() => {
    let live = true;
    get<PendingDraftsResponse>(PENDING_DRAFTS_PATH).then(
      (res) => live && setLoad({ status: 'ready', rows: res.data.data }),
      () => live && setLoad({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [get]);

  const subtitle = load.status === 'ready' ? `${load.rows.length} bản nháp của phóng viên đang chờ biên tập viên xuất bản` : undefined;
  return (
    <Page.Main>
      <Page.Title>Bài chờ duyệt</Page.Title>
      <Layouts.Header title="Bài chờ duyệt" subtitle={subtitle} />
      <Layouts.Content>
        {load.status === 'loading' ? <Page.Loading /> : null}
        {load.status === 'error' ? <Page.Error /> : null}
        {load.status === 'ready' && load.rows.length === 0 ? <Typography tag="p">Không có bài nào chờ duyệt.</Typography> : null}
        {load.status === 'ready' && load.rows.length > 0 ? (
          <Table colCount={5} rowCount={load.rows.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">Tiêu đề</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Loại</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Phóng viên</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Lưu lúc</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Tình trạng</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {load.rows.map((row) => (
                <Tr key={`${row.model}/${row.documentId}`}>
                  <Td>
                    <Link to={`/content-manager/${row.kind}/${row.model}${row.kind === 'collection-types' ? `/${row.documentId}` : ''}`}>
                      {row.title}
                    </Link>
                  </Td>
                  <Td>
                    <Typography>{row.typeName}</Typography>
                  </Td>
                  <Td>
                    <Typography>{row.author}</Typography>
                  </Td>
                  <Td>
                    <Typography>{when.format(new Date(row.updatedAt))}</Typography>
                  </Td>
                  <Td>
                    <Badge>{STATE_LABEL[row.state]}</Badge>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
