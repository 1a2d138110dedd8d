// Vocabulary for generated records. Names are [as displayed, as ASCII for logins]; the lists mix
// scripts and diacritics on purpose so that the console meets real-world names.

export type NamePair = readonly [display: string, ascii: string]

export const FIRST_NAMES: readonly NamePair[] = [
  ['Maria', 'maria'], ['James', 'james'], ['Aisha', 'aisha'], ['Wei', 'wei'], ['Olga', 'olga'],
  ['Mohammed', 'mohammed'], ['Sofia', 'sofia'], ['Lukas', 'lukas'], ['Zoë', 'zoe'], ['José', 'jose'],
  ['Łukasz', 'lukasz'], ['Søren', 'soren'], ['Chloé', 'chloe'], ['Hiroshi', 'hiroshi'], ['Priya', 'priya'],
  ['Emma', 'emma'], ['Noah', 'noah'], ['Fatima', 'fatima'], ['Mateo', 'mateo'], ['Ingrid', 'ingrid'],
  ['Kwame', 'kwame'], ['Anaïs', 'anais'], ['Björn', 'bjorn'], ['Camila', 'camila'], ['Dmitri', 'dmitri'],
  ['Elif', 'elif'], ['Farida', 'farida'], ['Giulia', 'giulia'], ['Hana', 'hana'], ['Ivan', 'ivan'],
  ['Jasmine', 'jasmine'], ['Kenji', 'kenji'], ['Leila', 'leila'], ['Mikael', 'mikael'], ['Nadia', 'nadia'],
  ['Oliver', 'oliver'], ['Pablo', 'pablo'], ['Qiu', 'qiu'], ['Rania', 'rania'], ['Siobhán', 'siobhan'],
  ['Tomás', 'tomas'], ['Umar', 'umar'], ['Valentina', 'valentina'], ['William', 'william'], ['Ximena', 'ximena'],
  ['Yusuf', 'yusuf'], ['Zanele', 'zanele'], ['Ngozi', 'ngozi'], ['Amélie', 'amelie'], ['Raj', 'raj'],
  ['Sarah', 'sarah'], ['David', 'david'], ['Linh', 'linh'], ['Mei', 'mei'], ['Ahmed', 'ahmed'],
  ['Grace', 'grace'], ['Henrik', 'henrik'], ['Isabel', 'isabel'], ['Jonas', 'jonas'], ['Katarzyna', 'katarzyna'],
  ['伟', 'wei'], ['美咲', 'misaki'], ['Дарья', 'darya'], ['يوسف', 'yousef'], ['דניאל', 'daniel'],
]

export const LAST_NAMES: readonly NamePair[] = [
  ['Garcia', 'garcia'], ['Smith', 'smith'], ['Khan', 'khan'], ['Chen', 'chen'], ['Ivanova', 'ivanova'],
  ['Al-Farsi', 'alfarsi'], ['Rossi', 'rossi'], ['Müller', 'muller'], ['Dubois', 'dubois'], ['Fernández', 'fernandez'],
  ['Kowalski', 'kowalski'], ['Jørgensen', 'jorgensen'], ['Tanaka', 'tanaka'], ['Patel', 'patel'], ['Nguyễn', 'nguyen'],
  ['Johnson', 'johnson'], ['Okafor', 'okafor'], ['Haddad', 'haddad'], ['Silva', 'silva'], ['Larsen', 'larsen'],
  ['Mensah', 'mensah'], ['Lefèvre', 'lefevre'], ['Andersson', 'andersson'], ['López', 'lopez'], ['Petrov', 'petrov'],
  ['Yılmaz', 'yilmaz'], ['Rahman', 'rahman'], ['Bianchi', 'bianchi'], ['Suzuki', 'suzuki'], ['Horvat', 'horvat'],
  ['Williams', 'williams'], ['Sato', 'sato'], ['Mansour', 'mansour'], ['Virtanen', 'virtanen'], ['Nowak', 'nowak'],
  ['Brown', 'brown'], ['Moreno', 'moreno'], ['Zhang', 'zhang'], ['Ibrahim', 'ibrahim'], ["O'Brien", 'obrien'],
  ['Costa', 'costa'], ['Schmidt', 'schmidt'], ['Ahmed', 'ahmed'], ['Murphy', 'murphy'], ['Kim', 'kim'],
  ['Van der Berg', 'vanderberg'], ['Novák', 'novak'], ['Popescu', 'popescu'], ['Ndlovu', 'ndlovu'], ['Singh', 'singh'],
  ['王', 'wang'], ['佐藤', 'satou'], ['Смирнова', 'smirnova'], ['حداد', 'haddad'], ['כהן', 'cohen'],
]

export const DEPARTMENTS: readonly string[] = [
  'Finance', 'Human Resources', 'Engineering', 'Sales', 'Marketing', 'Legal', 'IT Operations',
  'Security', 'Customer Success', 'Procurement', 'Research', 'Facilities', 'Support', 'Audit',
]

export const ORGANIZATION_WORDS: readonly string[] = [
  'North', 'South', 'East', 'West', 'Central', 'Global', 'Retail', 'Wholesale', 'Digital', 'Field',
  'Partner', 'Contractor', 'Subsidiary', 'Regional', 'Shared Services', 'Labs', 'Ventures', 'Holdings',
]

export const CITIES: readonly string[] = [
  'Boston', 'Berlin', 'Tel Aviv', 'London', 'Singapore', 'São Paulo', 'Toronto', 'Sydney', 'Mumbai',
  'Tokyo', 'Paris', 'Madrid', 'Warsaw', 'Nairobi', 'Dubai', 'Zürich', 'Reykjavík', 'Seoul',
]

export const CULTURES: readonly string[] = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'he-IL', 'ja-JP', 'pt-BR', 'ar-AE', 'pl-PL']

export const TIME_ZONES: readonly string[] = [
  'America/New_York', 'Europe/Berlin', 'Asia/Jerusalem', 'Europe/London', 'Asia/Singapore',
  'America/Sao_Paulo', 'America/Toronto', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Tokyo', 'UTC',
]

/** Web applications protected by SWS policies: [display name, host]. */
export const WEB_APPLICATIONS: readonly (readonly [string, string])[] = [
  ['Salesforce', 'acme.my.salesforce.com'], ['Workday', 'wd5.myworkday.com'], ['AWS Console', 'console.aws.amazon.com'],
  ['Azure Portal', 'portal.azure.com'], ['ServiceNow', 'acme.service-now.com'], ['GitHub', 'github.com'],
  ['Google Workspace Admin', 'admin.google.com'], ['Okta Admin', 'acme-admin.okta.com'], ['Jira', 'acme.atlassian.net'],
  ['Confluence', 'acme.atlassian.net'], ['SAP Fiori', 'fiori.acme.example'], ['Zendesk', 'acme.zendesk.com'],
  ['HubSpot', 'app.hubspot.com'], ['NetSuite', 'system.netsuite.com'], ['Snowflake', 'app.snowflake.com'],
  ['Datadog', 'app.datadoghq.com'], ['Cloudflare', 'dash.cloudflare.com'], ['Stripe Dashboard', 'dashboard.stripe.com'],
  ['Coupa', 'acme.coupahost.com'], ['Concur', 'us2.concursolutions.com'], ['Box', 'app.box.com'],
  ['DocuSign', 'app.docusign.com'], ['Tableau', 'online.tableau.com'], ['PagerDuty', 'acme.pagerduty.com'],
]

export const URL_PATHS: readonly string[] = [
  '/', '/home', '/dashboard', '/settings/users', '/admin/roles', '/reports/quarterly', '/billing/invoices',
  '/search?q=salary', '/records/42/edit', '/iam/home#/users', '/projects/PRJ-7/board', '/export/csv',
]

export const PAGE_TITLES: readonly string[] = [
  'Dashboard', 'Users', 'Edit record', 'Quarterly report', 'Invoices', 'Settings', 'Roles and permissions',
  'Search results', 'Billing', 'Export', 'Audit trail', 'API keys',
]

export const ELEMENT_TAGS: readonly string[] = ['INPUT', 'BUTTON', 'A', 'SELECT', 'TEXTAREA', 'DIV', 'SPAN', 'TD', 'LI']

export const BUTTON_TEXTS: readonly string[] = [
  'Save', 'Cancel', 'Export', 'Delete', 'Approve', 'Next', 'Sign out', 'Download', 'Submit', 'Add user', 'Search',
]

export const PRESSED_KEYS: readonly string[] = ['Enter', 'Tab', 'Backspace', 'Escape', 'a', 'e', 's', '1', '0', 'ArrowDown', 'Control+c', 'Control+v']

export const PHONE_MODELS: readonly (readonly [model: string, os: string])[] = [
  ['iPhone 15', 'iOS'], ['iPhone 13 mini', 'iOS'], ['Pixel 8', 'Android'], ['Galaxy S23', 'Android'],
  ['Galaxy A54', 'Android'], ['iPhone SE', 'iOS'], ['OnePlus 11', 'Android'],
]

export const HOST_WORDS: readonly string[] = ['db', 'web', 'app', 'jump', 'build', 'mail', 'files', 'erp', 'dc', 'k8s', 'vpn', 'backup']
