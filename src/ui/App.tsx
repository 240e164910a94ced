import { Body1, Title3 } from '@fluentui/react-components';

export interface AppProps {
  host: Office.HostType | null;
}

export function App({ host }: AppProps) {
  return (
    <main style={{ padding: 12 }} data-testid="pii-pane">
      <Title3 as="h1">Chỉ số ĐMST cấp địa phương (PII)</Title3>
      {host === null && (
        <Body1 as="p">
          Hãy mở ngăn này từ Excel: Trang đầu &gt; Mở PII. / Open this pane from Excel: Home &gt; Open PII.
        </Body1>
      )}
    </main>
  );
}
