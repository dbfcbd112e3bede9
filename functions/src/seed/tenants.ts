// The two demo municipalities (fictional), so that tenant isolation can be seen in a fresh install.

export interface DemoTenant {
  id: string;
  name: string;
}

export const DEMO_TENANTS: readonly DemoTenant[] = [
  { id: '6f1c2a9e-3b4d-4e8a-9c21-0d5b7e4a1f01', name: 'Egebæk Kommune' },
  { id: 'a83d5e10-7c2f-4b9d-8e6a-2f4c9b1d3e02', name: 'Fjordby Kommune' },
];
