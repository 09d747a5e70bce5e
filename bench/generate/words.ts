/** Word lists for readable generated names (deterministic, no external data). */
export const SKILL_PREFIXES = [
  'Applied',
  'Adversarial',
  'Secure',
  'Distributed',
  'Practical',
  'Advanced',
  'Scalable',
  'Robust',
  'Responsible',
  'Cloud',
  'Real-Time',
  'Federated',
  'Automated',
  'Trustworthy',
  'Embedded',
  'Generative',
];
export const SKILL_TOPICS = [
  'Machine Learning',
  'Threat Modeling',
  'Red Teaming',
  'Model Evaluation',
  'Data Engineering',
  'Prompt Engineering',
  'Kubernetes Operations',
  'Incident Response',
  'Feature Stores',
  'Vector Search',
  'MLOps',
  'Privacy Engineering',
  'Access Control',
  'Fine-Tuning',
  'Anomaly Detection',
  'Graph Analytics',
  'Supply Chain Security',
  'Model Monitoring',
  'Reinforcement Learning',
  'Computer Vision',
  'Speech Recognition',
  'Data Governance',
  'Cryptography',
  'API Security',
  'Observability',
  'Stream Processing',
  'Causal Inference',
  'Recommender Systems',
  'Explainability',
  'Guardrails',
  'Retrieval-Augmented Generation',
  'Secure Coding',
];
export const CATEGORIES = [
  'AI Security',
  'Machine Learning',
  'Data',
  'Cloud',
  'Software Engineering',
  'Security',
  'MLOps',
  'Mathematics',
  'Governance',
  'LLM Engineering',
  'Infrastructure',
  'Analytics',
];
export const COMPANY_WORDS = ['Labs', 'Systems', 'AI', 'Cloud', 'Data', 'Security', 'Analytics', 'Robotics', 'Health', 'Finance'];
export const CONCEPT_WORDS = [
  'Prompt Injection',
  'Data Poisoning',
  'Model Inversion',
  'Adversarial Examples',
  'Membership Inference',
  'Model Extraction',
  'Jailbreak',
  'Backdoor',
  'Evasion',
  'Differential Privacy',
  'Watermarking',
  'Output Filtering',
];
export const FRAMEWORKS = [
  { slug: 'owasp-llm-top-10-2025', name: 'OWASP Top 10 for LLM Applications', publisher: 'OWASP', version: '2025', code: 'LLM' },
  { slug: 'nist-ai-rmf', name: 'NIST AI Risk Management Framework', publisher: 'NIST', version: '1.0', code: 'RMF' },
  { slug: 'mitre-atlas', name: 'MITRE ATLAS', publisher: 'MITRE', version: '4.9', code: 'AML' },
  { slug: 'eu-ai-act', name: 'EU AI Act', publisher: 'European Union', version: '2024/1689', code: 'EUAI' },
  { slug: 'nist-ai-600-1', name: 'NIST AI 600-1 Generative AI Profile', publisher: 'NIST', version: '1.0', code: 'GAI' },
  { slug: 'iso-iec-42001', name: 'ISO/IEC 42001', publisher: 'ISO', version: '2023', code: 'ISO' },
  { slug: 'owasp-ml-top-10', name: 'OWASP Machine Learning Security Top 10', publisher: 'OWASP', version: '2023', code: 'ML' },
  { slug: 'google-saif', name: 'Secure AI Framework', publisher: 'Google', version: '1.0', code: 'SAIF' },
];
export const ITEM_KINDS = [
  'RISK',
  'FUNCTION',
  'CATEGORY',
  'SUBCATEGORY',
  'TACTIC',
  'TECHNIQUE',
  'SUBTECHNIQUE',
  'MITIGATION',
  'CASE_STUDY',
];
export const RESOURCE_KINDS = ['COURSE', 'COURSE', 'TUTORIAL', 'TUTORIAL', 'GUIDE', 'ARTICLE', 'ARTICLE', 'BOOK', 'CERTIFICATION'];
export const LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
export const TRENDS = ['NEW', 'RISING', 'STABLE', 'STABLE', 'DECLINING'];
export const COSTS = ['FREE', 'PAID', 'VARIES'];
export const LOREM =
  'covers the threat landscape, the core techniques and the day-to-day practice of the field, with worked examples, ' +
  'common failure modes, how teams measure progress, and the tools practitioners reach for first when building, ' +
  'testing and operating production systems';
