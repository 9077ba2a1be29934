import { NetworkMap } from '../../components/follow-up/NetworkMap';

export function App() {
  return <NetworkMap />;
}
