// The three simulators: CyberArk Identity, the Remote Access API gateway (Secure Web Sessions and
// the service-account token realm), and One Identity Safeguard for Privileged Sessions.

export const SIMULATOR_NAMES = ['identity', 'gateway', 'sps'] as const
export type SimulatorName = (typeof SIMULATOR_NAMES)[number]

export const DEFAULT_PORTS: Readonly<Record<SimulatorName, number>> = { identity: 4101, gateway: 4102, sps: 4103 }

export const SIMULATOR_TITLES: Readonly<Record<SimulatorName, string>> = {
  identity: 'CyberArk Identity',
  gateway: 'CyberArk Remote Access API gateway (Secure Web Sessions)',
  sps: 'One Identity Safeguard for Privileged Sessions',
}
